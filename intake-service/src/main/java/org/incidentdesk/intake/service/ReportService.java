package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.domain.CommunityMember;
import org.incidentdesk.intake.domain.EligibilityPolicy;
import org.incidentdesk.intake.domain.EligibilityRule;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.repository.ReportRepository;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.RouteAccess;

/**
 * Accepts reports: checks who may report and how often, then stores the report and its
 * {@code report.submitted} event in one transaction. A refused report is not stored and not counted.
 */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    /** Without an account, only what everyone can see: outages and lost data. */
    private static final Set<ReportKind> ANONYMOUS_KINDS = EnumSet.of(ReportKind.OUTAGE, ReportKind.DATA_LOSS);

    private final ReportRepository reports;
    private final ReportQuotas quotas;
    private final EligibilityPolicy eligibility;
    private final RouteAccess access;
    private final Outbox outbox;
    private final Clock clock;

    public ReportService(ReportRepository reports, ReportQuotas quotas, IntakeConfig config, RouteAccess access,
            Outbox outbox, Clock clock) {
        this.reports = reports;
        this.quotas = quotas;
        this.access = access;
        this.eligibility = new EligibilityPolicy(config.eligibility().minAccountAge(),
                config.eligibility().minEdits(), config.eligibility().requireConfirmedEmail());
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Report submitAnonymous(Report report, String clientAddress) {
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
    public Report submitForMember(Report report, CommunityMember member) {
        Instant now = Instant.now(clock);
        Optional<EligibilityRule> unmet = eligibility.unmetRule(member, now);
        if (unmet.isPresent()) {
            EligibilityRule rule = unmet.get();
            LOG.infof("Report refused on %s: eligibility rule %s not met", report.community, rule);
            throw ProblemException.forbidden("Not eligible to report: " + rule.explanation(),
                    new Problem.FieldViolation(rule.field(), rule.explanation()));
        }
        quotas.chargeMember(report.community, member, report.kind, now);
        return store(report, now);
    }

    /** A report the staff member may see; one they may not see is reported as absent. */
    public Optional<Report> find(UUID id, SecurityIdentity staff) {
        return reports.findByIdOptional(id).filter(report -> access.maySee(staff, report.kind));
    }

    private Report store(Report report, Instant now) {
        report.id = UUID.randomUUID();
        report.receivedAt = now;
        reports.persist(report);
        outbox.publish(new ReportSubmitted(report.id, report.kind, report.community, report.summary, report.details,
                report.affectedService, report.reporter.toEvent(), report.receivedAt));
        return report;
    }
}
