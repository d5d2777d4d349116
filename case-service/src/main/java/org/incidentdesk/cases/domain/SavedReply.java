package org.incidentdesk.cases.domain;

import java.util.Set;

/**
 * The saved replies of the conduct process (source 001), each to one kind of party, each ending with the
 * reminder to keep the case confidential. The sub-team writes the part that is theirs ({@code text}); the rest is
 * the template's, in the recipient's language.
 */
public enum SavedReply {
    /** The reply owed to the reporter within 3 days: received, and what happens next, with the expected timeline. */
    ACKNOWLEDGEMENT(Set.of(PartyRole.REPORTER), false),
    /** Out of scope or not a violation, with the explanation; the case then closes. */
    NOT_A_VIOLATION(Set.of(PartyRole.REPORTER), true),
    /** The next steps, once the sub-team is formed (within a week of forming it). */
    NEXT_STEPS(Set.of(PartyRole.REPORTER), true),
    /** The reported party is told of the report, only if the reporter agreed (within a week of forming). */
    REPORTED_PARTY_NOTICE(Set.of(PartyRole.REPORTED_PARTY), false),
    /** The fortnightly update while the case is investigated, to the reporter and the reported party. */
    STATUS_UPDATE(Set.of(PartyRole.REPORTER, PartyRole.REPORTED_PARTY), true),
    /** The decision's response plan, to the reported party ("Issuing a Response Plan [Reported Party]"). */
    RESPONSE_PLAN(Set.of(PartyRole.REPORTED_PARTY), false),
    /** The outcome, to the reporter ("[Notify Reporter]"). */
    OUTCOME(Set.of(PartyRole.REPORTER), false);

    private final Set<PartyRole> recipients;
    private final boolean needsText;

    SavedReply(Set<PartyRole> recipients, boolean needsText) {
        this.recipients = recipients;
        this.needsText = needsText;
    }

    public boolean goesTo(PartyRole role) {
        return recipients.contains(role);
    }

    /** The one kind of party the reply goes to; null when the sender must say (a status update). */
    public PartyRole onlyRecipient() {
        return recipients.size() == 1 ? recipients.iterator().next() : null;
    }

    /** Whether the sub-team must write something of their own (an explanation, the next steps, the update). */
    public boolean needsText() {
        return needsText;
    }

    /** Whether it is the first reply owed to the reporter. */
    public boolean repliesToReporter() {
        return this == ACKNOWLEDGEMENT || this == NOT_A_VIOLATION || this == NEXT_STEPS;
    }
}
