package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.intake.crypto.PersonalDataVault;
import org.incidentdesk.intake.crypto.ReporterIndex;
import org.incidentdesk.intake.domain.CommunityMember;
import org.incidentdesk.intake.domain.EligibilityRule;
import org.incidentdesk.intake.domain.EmergencyLanguage;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.domain.ReportStatus;
import org.incidentdesk.intake.repository.ReportRepository;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * Accepts reports from every way in: checks the report, who may report and how often, then stores it (its
 * personal data encrypted) and its {@code report.submitted} event in one transaction. A refused report is not
 * stored and not counted. Logs say what was refused and why, never what the report says or who filed it.
 */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    /** Without an account, only what everyone can see: outages and lost data. */
    private static final Set<ReportKind> ANONYMOUS_KINDS = EnumSet.of(ReportKind.OUTAGE, ReportKind.DATA_LOSS);

    private final ReportRepository reports;
    private final ReportRules rules;
    private final ReportQuotas quotas;
    private final CommunityRulesBook communityRules;
    private final PersonalDataVault vault;
    private final ReporterIndex index;
    private final Outbox outbox;
    private final Clock clock;

    public ReportService(ReportRepository reports, ReportRules rules, ReportQuotas quotas,
            CommunityRulesBook communityRules, PersonalDataVault vault, ReporterIndex index, Outbox outbox, Clock clock) {
        this.reports = reports;
        this.rules = rules;
        this.quotas = quotas;
        this.communityRules = communityRules;
        this.vault = vault;
        this.index = index;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AcceptedReport submitAnonymous(Report report, String clientAddress) {
        rules.check(report);
        if (!ANONYMOUS_KINDS.contains(report.kind)) {
            throw ProblemException.forbidden("Only outages and lost data can be reported without an account;"
                    + " report other incidents from your community while signed in",
                    new Problem.FieldViolation("report.kind", "must be OUTAGE or DATA_LOSS without an account"));
        }
        Instant now = Instant.now(clock);
        quotas.chargeAnonymous(clientAddress, now);
        return store(report, now);
    }

    @Transactional
    public AcceptedReport submitForMember(Report report, CommunityMember member) {
        rules.check(report);
        Instant now = Instant.now(clock);
        CommunityRulesBook.RulesInForce rules = communityRules.rulesIn(report.community);
        Optional<EligibilityRule> unmet = rules.eligibility().unmetRule(member, now);
        if (unmet.isPresent()) {
            EligibilityRule rule = unmet.get();
            LOG.infof("Report refused on %s: eligibility rule %s not met", report.community, rule);
            throw ProblemException.forbidden("Not eligible to report: " + rule.explanation(),
                    new Problem.FieldViolation(rule.field(), rule.explanation()));
        }
        quotas.chargeMember(report.community, member, report.kind, rules.limits(), now);
        return store(report, now);
    }

    /** Staff declare incidents they see themselves: no eligibility rules, no quota. */
    @Transactional
    public AcceptedReport declare(Report report) {
        rules.check(report);
        AcceptedReport accepted = store(report, Instant.now(clock));
        LOG.infof("Incident %s (%s) declared by staff on %s", accepted.report().id, report.kind, report.community);
        return accepted;
    }

    /** A report from a source that was authenticated and checked by its own way in (alerts, the mailbox). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AcceptedReport accept(Report report) {
        return store(report, Instant.now(clock));
    }

    /** Stores the report under its id, a new one unless the way in chose it (e.g. to record it elsewhere too). */
    private AcceptedReport store(Report report, Instant now) {
        if (report.id == null) {
            report.id = UUID.randomUUID();
        }
        report.receivedAt = now;
        report.status = ReportStatus.RECEIVED;
        report.statusChangedAt = now;
        String receiptToken = ReceiptTokens.newToken();
        report.receiptTokenHash = ReceiptTokens.hash(receiptToken);
        report.reporterReachable = report.content.reporterEmail() != null;
        report.reporterIndex = index.of(report.content.reporterUsername(), report.content.reporterEmail());
        PersonalDataVault.Sealed sealed = vault.seal(report.id, report.content);
        report.keyId = sealed.keyId();
        report.sealedContent = sealed.ciphertext();
        reports.persist(report);
        outbox.publish(new ReportSubmitted(report.id, report.kind, report.emergencyType, report.behaviour,
                report.source, report.community, report.affectedService, report.impact, report.signal,
                report.reporterLanguage, report.reporterReachable, report.reportedPartyMayBeTold, report.receivedAt,
                report.kind == ReportKind.EMERGENCY ? List.of()
                        : EmergencyLanguage.suggestedBy(report.content.summary(), report.content.details())));
        return new AcceptedReport(report, receiptToken);
    }
}
