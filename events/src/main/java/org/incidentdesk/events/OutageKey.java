package org.incidentdesk.events;

/**
 * What makes reports and alerts about one outage the same outage: the community and the affected service. It is
 * also the Kafka key of their events, so that all of them land in one partition, in order, and one routing
 * instance coalesces them.
 */
public final class OutageKey {

    private OutageKey() {
    }

    public static String of(String community, String affectedService) {
        return "outage|" + community + "|" + (affectedService == null ? "unknown" : affectedService);
    }
}
