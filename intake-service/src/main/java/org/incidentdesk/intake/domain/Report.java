package org.incidentdesk.intake.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.EmergencyType;
import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.Route;

/**
 * A report as intake accepted it. Classification fields are plain, for routing and statistics; the reporter's
 * identity and every free-text field are in {@link #sealedContent}, encrypted under the key {@link #keyId}
 * and bound to this report's id.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "emergency_type")
    public EmergencyType emergencyType;

    @Enumerated(EnumType.STRING)
    public BehaviourType behaviour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportSource source;

    @Column(nullable = false)
    public String community;

    @Column(name = "affected_service")
    public String affectedService;

    @Enumerated(EnumType.STRING)
    public OutageImpact impact;

    @Column(name = "outage_since")
    public Instant outageSince;

    /** The alert's name, for reports a monitoring system raised. */
    public String signal;

    @Column(name = "reporter_language", nullable = false)
    public String reporterLanguage;

    @Column(name = "reporter_reachable", nullable = false)
    public boolean reporterReachable;

    @Column(name = "reported_party_may_be_told", nullable = false)
    public boolean reportedPartyMayBeTold;

    @Column(name = "key_id")
    public UUID keyId;

    @Column(name = "sealed_content")
    public byte[] sealedContent;

    /** Keyed hash of the reporter's user name and address, to find their reports when they ask for erasure. */
    @Column(name = "reporter_index")
    public String reporterIndex;

    @Column(name = "receipt_token_hash", nullable = false)
    public String receiptTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Enumerated(EnumType.STRING)
    public Route route;

    @Column(name = "case_id")
    public UUID caseId;

    /** For outage reports: the incident routing coalesced this report into, shared with the others about it. */
    @Column(name = "outage_incident_id")
    public UUID outageIncidentId;

    /** Where routing sent the reporter (a community's process, a redirection): its "Get support" page. */
    @Column(name = "support_page")
    public String supportPage;

    /** The community's "Get support" page for the reported behaviour, when it has one. */
    @Column(name = "behaviour_page")
    public String behaviourPage;

    /** The community's noticeboard, when its process is public; private destinations are never shown. */
    @Column(name = "public_destination")
    public String publicDestination;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "personal_data_erased_at")
    public Instant personalDataErasedAt;

    /** The decrypted content while the report is being accepted; never stored as such. */
    @Transient
    public ConfidentialContent content;

    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    /** Joins a case; the status only moves forward, whatever order the case's events arrive in. */
    public void follow(UUID caseOfReport, ReportStatus caseProgress, Instant at) {
        caseId = caseOfReport;
        advanceTo(caseProgress, at);
    }

    public void advanceTo(ReportStatus next, Instant at) {
        if (next.compareTo(status) > 0) {
            status = next;
            statusChangedAt = at;
        }
    }

    public void erasePersonalData(Instant at) {
        keyId = null;
        sealedContent = null;
        reporterIndex = null;
        reporterReachable = false;
        personalDataErasedAt = at;
    }
}
