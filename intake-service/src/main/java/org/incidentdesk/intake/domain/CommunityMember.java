package org.incidentdesk.intake.domain;

import java.time.Instant;
import java.util.Set;

/** The reporter's account, as the community's wiki vouches for it. */
public record CommunityMember(String username, Instant accountCreatedAt, int editCount, boolean emailConfirmed,
        boolean blocked, Set<String> groups) {

    public boolean isIn(String group) {
        return groups != null && groups.contains(group);
    }
}
