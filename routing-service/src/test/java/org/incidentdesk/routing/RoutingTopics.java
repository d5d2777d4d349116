package org.incidentdesk.routing;

import org.incidentdesk.events.Topics;

/**
 * The topics routing reads and writes, created with several partitions before the application starts, so that
 * the group's two consumers (see {@code %test} in application.properties) each read some of them. Every test
 * class names the same topics, so that they share one application start.
 */
final class RoutingTopics {

    static final String PARTITIONED = Topics.REPORT_SUBMITTED + ":4," + Topics.REPORT_ROUTED + ":4";

    private RoutingTopics() {
    }
}
