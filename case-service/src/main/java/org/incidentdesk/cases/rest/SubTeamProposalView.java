package org.incidentdesk.cases.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.incidentdesk.cases.service.SubTeams;

/**
 * The sub-team the rules choose now; send its members to {@code PUT /api/cases/{id}/sub-team} to form it.
 *
 * @param spread how far apart the members' and the parties' UTC offsets are (ISO-8601 duration)
 * @param maxSpread the most they may be
 * @param availableFrom the expected investigation window in which none of them is away
 */
public record SubTeamProposalView(List<String> members, String spread, String maxSpread, Instant availableFrom,
        Instant availableUntil) {

    static SubTeamProposalView of(SubTeams.Proposal proposal) {
        return new SubTeamProposalView(proposal.members(), iso(proposal.spread()), iso(proposal.rules().maxSpread()),
                proposal.rules().windowStart(), proposal.rules().windowEnd());
    }

    private static String iso(Duration duration) {
        return duration.toString();
    }
}
