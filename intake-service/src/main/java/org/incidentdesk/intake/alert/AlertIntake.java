package org.incidentdesk.intake.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.AlertResolved;
import org.incidentdesk.events.CommunityName;
import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.intake.domain.ConfidentialContent;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.repository.ReportRepository;
import org.incidentdesk.intake.service.ReportService;
import org.incidentdesk.intake.service.ServiceCatalogue;
import org.incidentdesk.platform.outbox.Outbox;

/**
 * Turns monitoring alerts into outage signals: a newly firing alert becomes one outage report (repeats of it add
 * nothing); its resolution is published once, for the incident it raised.
 * <p>
 * Labels read: {@code alertname}, {@code community} (else the source's community), {@code service} (matched to
 * the catalogue, else "Other"), {@code impact} ({@code full_outage}, {@code partial_outage}, {@code degraded}).
 * Annotations: {@code summary}, {@code description}.
 */
@ApplicationScoped
public class AlertIntake {

    private static final Logger LOG = Logger.getLogger(AlertIntake.class);
    private static final Pattern COMMUNITY = Pattern.compile(CommunityName.PATTERN);
    private static final String UNLISTED_SERVICE = "Other";

    private final ReportService reports;
    private final AlertSignalRepository signals;
    private final ReportRepository acceptedReports;
    private final Outbox outbox;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    public AlertIntake(ReportService reports, ReportRepository acceptedReports, AlertSignalRepository signals,
            Outbox outbox, ServiceCatalogue catalogue, Clock clock) {
        this.reports = reports;
        this.acceptedReports = acceptedReports;
        this.signals = signals;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public AlertOutcome receive(String source, String defaultCommunity, List<AlertNotice> alerts) {
        List<UUID> opened = new ArrayList<>();
        List<UUID> resolved = new ArrayList<>();
        int unchanged = 0;
        for (AlertNotice alert : alerts) {
            String identity = alert.identity();
            signals.lock(source, identity);
            Optional<UUID> firing = signals.firingReport(source, identity);
            if (alert.firing() && firing.isEmpty()) {
                UUID reportId = reports.accept(outageReport(alert, defaultCommunity)).report().id;
                signals.fired(source, identity, reportId, Instant.now(clock));
                opened.add(reportId);
            } else if (!alert.firing() && firing.isPresent()) {
                Instant at = alert.endsAt() != null && alert.endsAt().isAfter(Instant.EPOCH) ? alert.endsAt() : Instant.now(clock);
                signals.resolved(source, identity, at);
                Report raised = acceptedReports.findById(firing.get());
                outbox.publish(new AlertResolved(firing.get(), source, alert.name(), at, raised.community,
                        raised.affectedService));
                resolved.add(firing.get());
            } else {
                unchanged++;
            }
        }
        LOG.infof("Alerts from %s: %d opened, %d resolved, %d unchanged", source, opened.size(), resolved.size(), unchanged);
        return new AlertOutcome(opened, resolved, unchanged);
    }

    private Report outageReport(AlertNotice alert, String defaultCommunity) {
        Report report = new Report();
        report.kind = ReportKind.OUTAGE;
        report.source = ReportSource.MONITORING_ALERT;
        String community = alert.label("community");
        report.community = community != null && COMMUNITY.matcher(community).matches() ? community : defaultCommunity;
        report.affectedService = catalogueService(alert.label("service"));
        report.impact = impactOf(alert.label("impact"));
        report.outageSince = alert.startsAt();
        report.signal = truncate(alert.name(), 200);
        report.reporterLanguage = "en";
        String summary = alert.annotation("summary");
        report.content = new ConfidentialContent(truncate(summary == null || summary.isBlank() ? alert.name() : summary, 200),
                alert.annotation("description"), null, truncate(alert.generatorUrl(), 2_000), null, null, null, null,
                null, null, null);
        return report;
    }

    private String catalogueService(String label) {
        return label == null ? UNLISTED_SERVICE : catalogue.find(label).orElse(UNLISTED_SERVICE);
    }

    private static OutageImpact impactOf(String label) {
        if (label == null) {
            return null;
        }
        try {
            return OutageImpact.valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
