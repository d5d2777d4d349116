package org.incidentdesk.intake.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.crypto.PersonalDataVault;
import org.incidentdesk.intake.repository.ReportRepository;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.RouteAccess;

/** Reads reports for the three kinds of reader: staff, the services that write to reporters, and reporters. */
@ApplicationScoped
public class ReportReader {

    private final ReportRepository reports;
    private final PersonalDataVault vault;
    private final RouteAccess access;

    public ReportReader(ReportRepository reports, PersonalDataVault vault, RouteAccess access) {
        this.reports = reports;
        this.vault = vault;
        this.access = access;
    }

    /** A report the staff member may see, decrypted; one they may not see is reported as absent. */
    public Optional<Report> forStaff(UUID id, SecurityIdentity staff) {
        return reports.findByIdOptional(id)
                .filter(report -> access.maySee(staff, report.kind))
                .map(this::decrypted);
    }

    /** The report decrypted, to write to its reporter; 410 once their data is erased. */
    public Report withContact(UUID id) {
        Report report = reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No report " + id));
        if (report.isErased()) {
            throw ProblemException.gone("The reporter's personal data of report " + id + " was erased");
        }
        return decrypted(report);
    }

    /** The report whose receipt token this is; any other token, or an unknown id, finds nothing. */
    public Optional<Report> forReceipt(UUID id, String receiptToken) {
        return reports.findByIdOptional(id)
                .filter(report -> ReceiptTokens.matches(receiptToken, report.receiptTokenHash));
    }

    private Report decrypted(Report report) {
        report.content = vault.open(report.id, report.keyId, report.sealedContent).orElse(null);
        return report;
    }
}
