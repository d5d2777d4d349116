package org.incidentdesk.postmortem.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.incidentdesk.postmortem.domain.PostmortemContent.ServiceStateChange;

/**
 * The outage minutes of an incident, from its services' states over time: <b>visible</b> while at least one
 * service was DOWN (every user saw it fail), <b>total</b> while at least one was DOWN or PARTIAL. A service's
 * state holds from its change until its next one; a state still not UP at {@code end} counts until then; a
 * service counts as UP before its first change. Whole minutes, rounded down.
 */
public record OutageMinutes(long visible, long total) {

    public static final OutageMinutes NONE = new OutageMinutes(0, 0);

    public static OutageMinutes of(List<ServiceStateChange> changes, Instant end) {
        List<ServiceStateChange> inOrder = changes.stream()
                .filter(change -> change.at() != null && change.service() != null && change.state() != null)
                .sorted(Comparator.comparing(ServiceStateChange::at)).toList();
        Map<String, ServiceState> states = new HashMap<>();
        Duration visible = Duration.ZERO;
        Duration total = Duration.ZERO;
        for (int i = 0; i < inOrder.size(); i++) {
            ServiceStateChange change = inOrder.get(i);
            states.put(change.service(), change.state());
            Instant from = change.at();
            Instant until = i + 1 < inOrder.size() ? inOrder.get(i + 1).at() : end;
            if (until == null || !until.isAfter(from)) {
                continue;
            }
            Duration span = Duration.between(from, until);
            if (states.containsValue(ServiceState.DOWN)) {
                visible = visible.plus(span);
            }
            if (states.containsValue(ServiceState.DOWN) || states.containsValue(ServiceState.PARTIAL)) {
                total = total.plus(span);
            }
        }
        return new OutageMinutes(visible.toMinutes(), total.toMinutes());
    }

    /**
     * How long it took to restore service: from the first moment a service left UP to the moment every service was
     * UP again ({@code end} when that never came); empty when no service ever left UP.
     */
    public static Optional<Duration> timeToRestore(List<ServiceStateChange> changes, Instant end) {
        List<ServiceStateChange> inOrder = changes.stream()
                .filter(change -> change.at() != null && change.service() != null && change.state() != null)
                .sorted(Comparator.comparing(ServiceStateChange::at)).toList();
        Map<String, ServiceState> states = new HashMap<>();
        Instant firstDown = null;
        Instant restored = null;
        for (ServiceStateChange change : inOrder) {
            states.put(change.service(), change.state());
            boolean allUp = states.values().stream().allMatch(ServiceState.UP::equals);
            if (!allUp && firstDown == null) {
                firstDown = change.at();
            }
            restored = allUp && firstDown != null ? change.at() : null;
        }
        if (firstDown == null) {
            return Optional.empty();
        }
        Instant until = restored != null ? restored : end;
        return until == null ? Optional.empty() : Optional.of(Duration.between(firstDown, until));
    }
}
