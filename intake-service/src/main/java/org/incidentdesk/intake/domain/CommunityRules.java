package org.incidentdesk.intake.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.incidentdesk.events.CommunityConfigured;

/**
 * A community's eligibility rules and daily limits as routing-service last announced them. Intake replicas
 * share the table, so whichever replica consumed the announcement, all apply it ({@code AnnouncedRules} says
 * when).
 */
@Entity
@Table(name = "community_rules")
public class CommunityRules {

    @Id
    public String community;

    @Column(nullable = false)
    public int version;

    @Column(name = "min_account_age_seconds", nullable = false)
    public long minAccountAgeSeconds;

    @Column(name = "min_edits", nullable = false)
    public int minEdits;

    @Column(name = "require_confirmed_email", nullable = false)
    public boolean requireConfirmedEmail;

    @Column(name = "unconfirmed_per_day", nullable = false)
    public int unconfirmedPerDay;

    @Column(name = "confirmed_per_day", nullable = false)
    public int confirmedPerDay;

    @Column(name = "emergencies_per_day", nullable = false)
    public int emergenciesPerDay;

    @Column(name = "support_page", nullable = false)
    public String supportPage;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Takes the announced values; an announcement older than what is kept changes nothing. */
    public boolean apply(CommunityConfigured announced) {
        if (announced.version() <= version && community != null) {
            return false;
        }
        community = announced.community();
        version = announced.version();
        minAccountAgeSeconds = announced.eligibility().minAccountAge().toSeconds();
        minEdits = announced.eligibility().minEdits();
        requireConfirmedEmail = announced.eligibility().requireConfirmedEmail();
        unconfirmedPerDay = announced.limits().unconfirmedPerDay();
        confirmedPerDay = announced.limits().confirmedPerDay();
        emergenciesPerDay = announced.limits().emergenciesPerDay();
        supportPage = announced.supportPage();
        changedAt = announced.changedAt();
        return true;
    }

    public EligibilityPolicy eligibility() {
        return new EligibilityPolicy(Duration.ofSeconds(minAccountAgeSeconds), minEdits, requireConfirmedEmail);
    }
}
