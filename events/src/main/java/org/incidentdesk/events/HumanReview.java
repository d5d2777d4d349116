package org.incidentdesk.events;

import java.util.List;

/**
 * A routing decision that a person should look at, e.g. a conduct report whose words suggest an emergency it
 * does not declare. The report is routed as classified; it is flagged, never silently upgraded.
 */
public record HumanReview(String reason, List<EmergencyType> suggestedEmergencies) {

    public HumanReview {
        suggestedEmergencies = suggestedEmergencies == null ? List.of() : List.copyOf(suggestedEmergencies);
    }
}
