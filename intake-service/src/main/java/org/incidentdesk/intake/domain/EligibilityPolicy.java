package org.incidentdesk.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may report (source: logged in, account at least 3 hours old, at least 1 edit, confirmed email, not
 * blocked). Returns the first rule the member does not meet.
 */
public record EligibilityPolicy(Duration minAccountAge, int minEdits, boolean requireConfirmedEmail) {

    public Optional<EligibilityRule> unmetRule(CommunityMember member, Instant now) {
        if (member.blocked()) {
            return Optional.of(EligibilityRule.NOT_BLOCKED);
        }
        if (member.accountCreatedAt().plus(minAccountAge).isAfter(now)) {
            return Optional.of(EligibilityRule.ACCOUNT_AGE);
        }
        if (member.editCount() < minEdits) {
            return Optional.of(EligibilityRule.EDIT_COUNT);
        }
        if (requireConfirmedEmail && !member.emailConfirmed()) {
            return Optional.of(EligibilityRule.EMAIL_CONFIRMED);
        }
        return Optional.empty();
    }
}
