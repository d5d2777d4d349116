package org.incidentdesk.intake.alert;

import java.util.List;
import java.util.UUID;

/**
 * What a webhook call changed: reports opened for newly firing alerts, reports whose alert resolved, and
 * alerts that were already known (repeats of a firing alert, or resolutions of alerts never seen).
 */
public record AlertOutcome(List<UUID> opened, List<UUID> resolved, int unchanged) {
}
