package org.incidentdesk.notification.service;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.incidentdesk.notification.client.PartyLetter;
import org.incidentdesk.notification.template.SavedReplyMessages;
import org.incidentdesk.notification.template.Templates;

/** Writes a saved reply of the conduct process in the recipient's language, confidentiality reminder included. */
@ApplicationScoped
public class SavedReplyLetters {

    /** A letter ready to send. */
    public record Written(String subject, String body) {
    }

    public Written write(PartyLetter letter, Locale locale) {
        SavedReplyMessages messages = MessageBundles.get(SavedReplyMessages.class,
                Localized.Literal.of(locale.toLanguageTag()));
        String subject = "REPORTER".equals(letter.recipient()) ? messages.reporterSubject(letter.reference())
                : messages.reportedPartySubject(letter.reference());
        return new Written(subject, template(letter, messages).setLocale(locale).render());
    }

    private static TemplateInstance template(PartyLetter letter, SavedReplyMessages messages) {
        return switch (letter.reply()) {
            case "ACKNOWLEDGEMENT" -> Templates.Replies.acknowledgement(letter);
            case "NOT_A_VIOLATION" -> Templates.Replies.notAViolation(letter);
            case "NEXT_STEPS" -> Templates.Replies.nextSteps(letter);
            case "REPORTED_PARTY_NOTICE" -> Templates.Replies.reportedPartyNotice(letter);
            case "STATUS_UPDATE" -> Templates.Replies.statusUpdate(letter);
            case "RESPONSE_PLAN" -> Templates.Replies.responsePlan(letter, messages.decision(letter.decision()));
            case "OUTCOME" -> Templates.Replies.outcome(letter, messages.decision(letter.decision()));
            default -> throw new IllegalStateException("No template for the saved reply " + letter.reply());
        };
    }
}
