package org.incidentdesk.notification.template;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.incidentdesk.notification.client.PartyLetter;

/** Every message a person reads, type-checked at build time. */
public final class Templates {

    private Templates() {
    }

    @CheckedTemplate(basePath = "email")
    public static class Email {
        public static native TemplateInstance acknowledgement(String reference, String community, int replyWithinDays);

        public static native TemplateInstance banEnded(String reference, String endedAt, String link);

        public static native TemplateInstance deadlineReminder(String reference, String what, String due, String link);

        public static native TemplateInstance deadlineEscalation(String reference, String what, String due,
                String link);

        public static native TemplateInstance actionItemOverdue(String reference, String due, String link);
    }

    /** The saved replies of the conduct process, each around the sub-team's own words ({@code replies/letter}). */
    @CheckedTemplate(basePath = "replies")
    public static class Replies {
        public static native TemplateInstance acknowledgement(PartyLetter letter);

        public static native TemplateInstance notAViolation(PartyLetter letter);

        public static native TemplateInstance nextSteps(PartyLetter letter);

        public static native TemplateInstance reportedPartyNotice(PartyLetter letter);

        public static native TemplateInstance statusUpdate(PartyLetter letter);

        /** @param decision the decision's name in the recipient's language */
        public static native TemplateInstance responsePlan(PartyLetter letter, String decision);

        /** @param decision the decision's name in the recipient's language */
        public static native TemplateInstance outcome(PartyLetter letter, String decision);
    }

    @CheckedTemplate(basePath = "chat")
    public static class Chat {
        public static native TemplateInstance caseOpened(String reference, String title, String community, String link);

        public static native TemplateInstance confidentialCaseOpened(String reference, String link);

        public static native TemplateInstance stateChanged(String reference, String from, String to, String by,
                String link);

        /** @param previous who held the role before; null for the first responder */
        public static native TemplateInstance roleHandedOff(String reference, String holder, String role,
                String previous);

        /** @param from the severity before; null when there was none */
        public static native TemplateInstance severityChanged(String reference, String from, String to, int reports);

        /** Only operational incidents' reports are ever published. */
        public static native TemplateInstance postmortemPublished(String reference, String title, String url);

        /** Security incidents: the reference and a link for authorised staff, nothing else. */
        public static native TemplateInstance confidentialCaseChanged(String reference, String link);
    }
}
