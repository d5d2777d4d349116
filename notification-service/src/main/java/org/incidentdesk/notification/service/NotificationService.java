package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CasePartyMessageRequested;
import org.incidentdesk.events.CaseRoleHandedOff;
import org.incidentdesk.events.CaseSeverityChanged;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.ReporterErased;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.domain.DeliveryStatus;
import org.incidentdesk.notification.repository.DeliveryRepository;

/** Turns events into deliveries, recorded in the consumer's transaction and sent by the dispatcher. */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final DeliveryRepository deliveries;
    private final ReportReceivedMessages reportReceived;
    private final CaseOpenedMessages caseOpened;
    private final IncidentChatMessages incidentChat;
    private final Clock clock;

    public NotificationService(DeliveryRepository deliveries, ReportReceivedMessages reportReceived,
            CaseOpenedMessages caseOpened, IncidentChatMessages incidentChat, Clock clock) {
        this.deliveries = deliveries;
        this.reportReceived = reportReceived;
        this.caseOpened = caseOpened;
        this.incidentChat = incidentChat;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReportSubmitted(EventEnvelope<ReportSubmitted> envelope) {
        reportReceived.deliveriesFor(envelope).forEach(deliveries::addIfNew);
    }

    /** Messages to the reporter that are not sent yet never will be. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReporterErased(EventEnvelope<ReporterErased> envelope) {
        int cancelled = deliveries.cancelPendingTo(DeliveryChannel.REPORTER_EMAIL,
                envelope.payload().reportId().toString(), "The reporter's personal data was erased");
        LOG.infof("Reporter of report %s erased: %d unsent messages to them cancelled", envelope.payload().reportId(),
                cancelled);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseOpened(EventEnvelope<CaseOpened> envelope) {
        List<Delivery> planned = caseOpened.deliveriesFor(envelope);
        planned.forEach(deliveries::addIfNew);
    }

    /** A saved reply to a party of a conduct case: its letter is read from case-service when it is sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onPartyMessageRequested(EventEnvelope<CasePartyMessageRequested> envelope) {
        CasePartyMessageRequested requested = envelope.payload();
        deliveries.addIfNew(Delivery.pending(envelope.eventId(), DeliveryChannel.PARTY_EMAIL,
                requested.messageId().toString(), requested.reply().toLowerCase(Locale.ROOT), null, null,
                Instant.now(clock)).aboutCase(requested.caseId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseStateChanged(EventEnvelope<CaseStateChanged> envelope) {
        incidentChat.deliveriesFor(envelope).forEach(deliveries::addIfNew);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseRoleHandedOff(EventEnvelope<CaseRoleHandedOff> envelope) {
        incidentChat.handOffsFor(envelope).forEach(deliveries::addIfNew);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseSeverityChanged(EventEnvelope<CaseSeverityChanged> envelope) {
        incidentChat.severityFor(envelope).forEach(deliveries::addIfNew);
    }

    public List<Delivery> recent(Optional<DeliveryStatus> status, int limit) {
        return status.map(s -> deliveries.find("status", Sort.descending("id"), s))
                .orElseGet(() -> deliveries.findAll(Sort.descending("id")))
                .page(0, limit).list();
    }
}
