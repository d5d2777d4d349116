package org.incidentdesk.cases.rest;

import java.time.Instant;

import org.incidentdesk.cases.domain.IrtMember;

public record IrtMemberView(String username, String timeZone, boolean active, String updatedBy, Instant updatedAt) {

    static IrtMemberView of(IrtMember member) {
        return new IrtMemberView(member.username, member.timeZone, member.active, member.updatedBy, member.updatedAt);
    }
}
