package org.incidentdesk.notification.channel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.incidentdesk.notification.client.IntakeReporterClient;
import org.incidentdesk.notification.client.ReporterContact;

/** How to write to the reporter of a report, asked from intake-service at the time of sending. */
@ApplicationScoped
public class ReporterContacts {

    private static final int GONE = 410;

    private final IntakeReporterClient intake;

    public ReporterContacts(@RestClient IntakeReporterClient intake) {
        this.intake = intake;
    }

    /** @throws RecipientErasedException when the reporter left no address or their personal data was erased */
    public ReporterContact of(UUID reportId) {
        ReporterContact contact;
        try {
            contact = intake.contact(reportId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == GONE) {
                throw new RecipientErasedException("The reporter's personal data was erased");
            }
            throw new IllegalStateException("intake-service answered " + e.getResponse().getStatus()
                    + " for the reporter's contact", e);
        }
        if (contact.email() == null) {
            throw new RecipientErasedException("The reporter left no email address");
        }
        return contact;
    }
}
