package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.ReporterErased;
import org.incidentdesk.intake.crypto.PersonalDataVault;
import org.incidentdesk.intake.crypto.ReporterIndex;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.repository.ReportRepository;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * Erases a reporter's personal data on request: each report's key is destroyed (so the sealed content, and
 * its copies in backups, cannot be read), and the other services are told to drop what they derived. The
 * report's classification stays for statistics.
 */
@ApplicationScoped
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    private final ReportRepository reports;
    private final PersonalDataVault vault;
    private final ReporterIndex index;
    private final Outbox outbox;
    private final Clock clock;

    public ErasureService(ReportRepository reports, PersonalDataVault vault, ReporterIndex index, Outbox outbox,
            Clock clock) {
        this.reports = reports;
        this.vault = vault;
        this.index = index;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void eraseReport(UUID reportId, String staffMember) {
        Report report = reports.findByIdOptional(reportId)
                .orElseThrow(() -> ProblemException.notFound("No report " + reportId));
        erase(report, staffMember);
    }

    /** Erases every report of the reporter with this user name or email address; returns their ids. */
    @Transactional
    public List<UUID> eraseReporter(String username, String email, String staffMember) {
        if ((username == null) == (email == null)) {
            throw ProblemException.invalid("Give either a user name or an email address",
                    new Problem.FieldViolation(username == null ? "username" : "email", "give exactly one of username, email"));
        }
        List<Report> theirs = reports.list("reporterIndex", index.of(username, email));
        theirs.forEach(report -> erase(report, staffMember));
        return theirs.stream().map(report -> report.id).toList();
    }

    private void erase(Report report, String staffMember) {
        if (report.isErased()) {
            return;
        }
        Instant now = Instant.now(clock);
        vault.destroy(report.keyId);
        report.erasePersonalData(now);
        outbox.publish(new ReporterErased(report.id, now));
        LOG.infof("Personal data of report %s erased at the request handled by %s", report.id, staffMember);
    }
}
