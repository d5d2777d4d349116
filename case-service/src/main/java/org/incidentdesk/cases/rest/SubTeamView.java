package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.List;

import org.incidentdesk.cases.domain.SubTeamMembership;

/**
 * A conduct case's sub-team.
 *
 * @param members who is on it now
 * @param history every membership, current and past, in the order they began
 */
public record SubTeamView(List<String> members, List<Membership> history) {

    public record Membership(String member, Instant joinedAt, String addedBy, Instant leftAt, String removedBy) {
    }

    static SubTeamView of(List<SubTeamMembership> memberships) {
        return new SubTeamView(memberships.stream().filter(SubTeamMembership::isCurrent).map(m -> m.member).toList(),
                memberships.stream().map(m -> new Membership(m.member, m.joinedAt, m.addedBy, m.leftAt, m.removedBy))
                        .toList());
    }
}
