package org.incidentdesk.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.incidentdesk.events.Reporter;

/**
 * How to reach a reporter, as stored by the services that write to them (columns {@code reporter_username},
 * {@code reporter_email}, {@code reporter_language}). Confidential: never logged, never shown publicly.
 */
@Embeddable
public class ReporterContact {

    public static final String DEFAULT_LANGUAGE = "en";

    @Column(name = "reporter_username")
    public String username;

    @Column(name = "reporter_email")
    public String email;

    @Column(name = "reporter_language", nullable = false)
    public String language = DEFAULT_LANGUAGE;

    public static ReporterContact of(String username, String email, String language) {
        ReporterContact contact = new ReporterContact();
        contact.username = username;
        contact.email = email;
        contact.language = language == null ? DEFAULT_LANGUAGE : language;
        return contact;
    }

    public static ReporterContact of(Reporter reporter) {
        return reporter == null ? of(null, null, null) : of(reporter.username(), reporter.email(), reporter.language());
    }

    public Reporter toEvent() {
        return new Reporter(username, email, language);
    }
}
