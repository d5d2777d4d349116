package org.incidentdesk.cases.domain.subteam;

import java.time.Duration;
import java.time.Instant;

/**
 * What a sub-team must meet for one case.
 *
 * @param size how many members (3)
 * @param maxSpread how far apart, at most, the members' and the parties' UTC offsets may be
 * @param windowStart when the investigation is expected to start (now)
 * @param windowEnd when it is expected to end: members away at any moment between are not chosen
 */
public record SubTeamRules(int size, Duration maxSpread, Instant windowStart, Instant windowEnd) {
}
