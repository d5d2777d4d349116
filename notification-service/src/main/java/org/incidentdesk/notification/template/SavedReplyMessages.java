package org.incidentdesk.notification.template;

import java.time.Instant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the conduct process's saved replies around the sub-team's own. Translations:
 * {@code messages/replies_<language>.properties}.
 */
@MessageBundle(value = "replies", locale = "en")
public interface SavedReplyMessages {

    @Message("Your report {reference}")
    String reporterSubject(String reference);

    @Message("A report concerning you ({reference})")
    String reportedPartySubject(String reference);

    @Message("Hello,")
    String greeting();

    @Message("Thank you for your report, recorded as {reference}. A member of the Incident Response Team has read it.")
    String acknowledged(String reference);

    @Message("What happens next: we assess whether it may break the Code of Conduct. If it may, a sub-team of three "
            + "looks into it, tells you of the next steps within a week, and then writes to you at least every {days} "
            + "days until the case is decided.")
    String expectedTimeline(long days);

    @Message("We looked at your report {reference} carefully and concluded that what it describes does not break "
            + "the Code of Conduct, or lies outside it:")
    String notAViolation(String reference);

    @Message("We are closing the report. If something new happens, please report it again.")
    String closing();

    @Message("A sub-team of the Incident Response Team now works on your report {reference}. The next steps:")
    String nextSteps(String reference);

    @Message("You will hear from us at least every {days} days until the case is decided.")
    String updatesEvery(long days);

    @Message("The Incident Response Team received a report about your participation in the {community} community "
            + "({reference}) and is looking into it. Nothing has been decided; we will ask for your side.")
    String reportedPartyNotice(String community, String reference);

    @Message("An update on the case {reference}:")
    String statusUpdate(String reference);

    @Message("The Incident Response Team decided the case {reference}: {decision}.")
    String decided(String reference, String decision);

    @Message("It ends at {endsAt} (UTC).")
    String banEnds(Instant endsAt);

    @Message("The response plan:")
    String responsePlan();

    @Message("The case is now closed.")
    String caseClosed();

    @Message("The case of your report {reference} is decided and now closed. The outcome: {decision}.")
    String outcome(String reference, String decision);

    @Message("{#when kind}{#is 'CORRECTION'}a correction{#is 'WARNING'}a warning{#is 'TEMPORARY_BAN'}a temporary ban"
            + "{#is 'PERMANENT_BAN'}a permanent ban{#else}{kind}{/when}")
    String decision(String kind);

    @Message("Please keep this case and our conversation confidential, as we will: what you tell us is shared only "
            + "with the people who handle the case.")
    String confidentiality();
}
