package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.config.CaseConfig;
import org.incidentdesk.cases.domain.CaseDecision;
import org.incidentdesk.cases.domain.CaseDeadline;
import org.incidentdesk.cases.domain.CaseParty;
import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.DeadlineKind;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.PartyMessage;
import org.incidentdesk.cases.domain.PartyRole;
import org.incidentdesk.cases.domain.SavedReply;
import org.incidentdesk.cases.domain.TimelineEntry;
import org.incidentdesk.cases.repository.CaseDeadlineRepository;
import org.incidentdesk.cases.repository.CaseDecisionRepository;
import org.incidentdesk.cases.repository.CasePartyRepository;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.repository.PartyMessageRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.cases.security.CaseAccessAudit;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CasePartyMessageRequested;
import org.incidentdesk.events.NotificationDeliveryOutcome;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The saved replies of the conduct process (source 001) that the sub-team sends to the reporter and the reported
 * party. A reply is recorded here with the sub-team's own words and published (without them) for
 * notification-service, which reads the letter back with its own token when it sends, and reports the delivery:
 * the timeline then shows when the party was told, and the deadline the reply answers counts as met.
 */
@ApplicationScoped
public class PartyMessages {

    private static final Logger LOG = Logger.getLogger(PartyMessages.class);
    /** Who meets a deadline by delivering the message it asked for. */
    static final String NOTIFIER = "notification-service";

    private final CaseAccess access;
    private final CaseAccessAudit audit;
    private final PartyMessageRepository messages;
    private final CasePartyRepository parties;
    private final CaseDecisionRepository decisions;
    private final CaseDeadlineRepository openDeadlines;
    private final CaseDeadlines deadlines;
    private final CaseTimeline timeline;
    private final CaseRepository cases;
    private final CaseConfig.Deadlines schedule;
    private final Outbox outbox;
    private final Clock clock;

    public PartyMessages(CaseAccess access, CaseAccessAudit audit, PartyMessageRepository messages,
            CasePartyRepository parties, CaseDecisionRepository decisions, CaseDeadlineRepository openDeadlines,
            CaseDeadlines deadlines, CaseTimeline timeline, CaseRepository cases, CaseConfig config, Outbox outbox,
            Clock clock) {
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.parties = parties;
        this.decisions = decisions;
        this.openDeadlines = openDeadlines;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.cases = cases;
        this.schedule = config.deadlines();
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * What the sub-team asks to send.
     *
     * @param to the kind of party; may be left out when the reply goes to one kind only
     * @param partyId which party, when the case has several of that kind
     * @param text the sub-team's own words
     */
    public record Request(SavedReply reply, PartyRole to, UUID partyId, String text) {
    }

    /**
     * A message as notification-service needs it to write it: where to (the report whose reporter intake-service
     * reaches, or an address), in which language, and what to say.
     */
    public record Letter(String reference, String community, SavedReply reply, PartyRole recipient, UUID reportId,
            String email, String language, String text, String decision, Instant decisionEndsAt,
            String responsePlan, long updateIntervalDays) {
    }

    @Transactional
    public List<PartyMessage> of(UUID caseId, SecurityIdentity staff) {
        return messages.of(access.open(caseId, staff, "read messages to parties").id);
    }

    @Transactional
    public PartyMessage send(UUID caseId, Request request, SecurityIdentity staff) {
        IncidentCase incidentCase = access.openToChange(caseId, staff, "send " + request.reply());
        if (incidentCase.family != CaseFamily.CONDUCT || incidentCase.status.isClosed()) {
            throw ProblemException.conflict(incidentCase.reference + (incidentCase.status.isClosed() ? " is closed"
                    : " is an operational incident: it has no parties to write to"));
        }
        SavedReply reply = request.reply();
        PartyRole recipient = recipientOf(request);
        if (reply.needsText() && (request.text() == null || request.text().isBlank())) {
            throw ProblemException.invalid("A " + reply + " says something of the sub-team's own",
                    new Problem.FieldViolation("text", "must not be blank for a " + reply));
        }
        requireTheMomentFor(incidentCase, reply);
        UUID partyId = addressee(incidentCase, recipient, request.partyId());
        Instant now = Instant.now(clock);
        PartyMessage message = PartyMessage.requested(caseId, reply, recipient, partyId, request.text(),
                staff.getPrincipal().getName(), now);
        messages.persist(message);
        outbox.publish(new CasePartyMessageRequested(caseId, incidentCase.reference, message.id, reply.name(),
                recipient.name(), message.requestedBy, now));
        LOG.infof("%s: %s to the %s requested by %s", incidentCase.reference, reply, recipient, message.requestedBy);
        return message;
    }

    /** The letter, for notification-service only; every reading is audited like a staff member's. */
    @Transactional
    public Letter letter(UUID caseId, UUID messageId, String reader) {
        PartyMessage message = messages.findByIdOptional(messageId).filter(found -> found.caseId.equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("No message " + messageId + " on case " + caseId));
        audit.record(caseId, reader, "read " + message.reply + " to send it");
        IncidentCase incidentCase = cases.findById(caseId);
        Optional<CaseParty> party = Optional.ofNullable(message.partyId).map(parties::findById);
        Optional<CaseDecision> decision = decisions.ofCase(caseId);
        return new Letter(incidentCase.reference, incidentCase.community, message.reply, message.recipient,
                party.isPresent() ? null : incidentCase.reportId, party.map(p -> p.email).orElse(null),
                party.map(p -> p.language).orElse(null), message.text,
                decision.map(d -> d.kind.name()).orElse(null), decision.map(d -> d.endsAt).orElse(null),
                message.reply == SavedReply.RESPONSE_PLAN ? decision.map(d -> d.responsePlan).orElse(null) : null,
                schedule.statusUpdateInterval().toDays());
    }

    /**
     * notification-service reported what became of a message: the timeline says so, and a delivered message meets
     * the deadline it answers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settled(NotificationDeliveryOutcome outcome) {
        if (outcome.partyMessageId() == null) {
            return;
        }
        messages.findByIdOptional(outcome.partyMessageId()).ifPresent(message -> {
            PartyMessage.Status status = switch (outcome.outcome()) {
                case SENT -> PartyMessage.Status.DELIVERED;
                case PARKED -> PartyMessage.Status.UNDELIVERED;
                case CANCELLED -> PartyMessage.Status.CANCELLED;
            };
            if (!message.settle(status, outcome.at())) {
                return;
            }
            IncidentCase incidentCase = cases.findById(message.caseId);
            timeline.append(incidentCase, TimelineEntry.Kind.PARTY_MESSAGE, describe(message), NOTIFIER,
                    outcome.at());
            if (status == PartyMessage.Status.DELIVERED) {
                meetTheDeadlinesAnsweredBy(incidentCase, message);
            }
        });
    }

    private static PartyRole recipientOf(Request request) {
        SavedReply reply = request.reply();
        PartyRole recipient = request.to() != null ? request.to() : reply.onlyRecipient();
        if (recipient == null || !reply.goesTo(recipient)) {
            throw ProblemException.invalid("Who the " + reply + " goes to",
                    new Problem.FieldViolation("to", recipient == null ? "must say REPORTER or REPORTED_PARTY"
                            : "a " + reply + " does not go to the " + recipient));
        }
        return recipient;
    }

    private void requireTheMomentFor(IncidentCase incidentCase, SavedReply reply) {
        if (reply == SavedReply.STATUS_UPDATE && incidentCase.status != CaseStatus.INVESTIGATING) {
            throw ProblemException.conflict(incidentCase.reference + " is " + incidentCase.status
                    + ": status updates go out while it is " + CaseStatus.INVESTIGATING);
        }
        if ((reply == SavedReply.RESPONSE_PLAN || reply == SavedReply.OUTCOME)
                && decisions.ofCase(incidentCase.id).isEmpty()) {
            throw ProblemException.conflict(incidentCase.reference + " has no decision yet: a " + reply
                    + " tells of it");
        }
    }

    /** The party written to; null for the reporter of the case's report, whom intake-service reaches. */
    private UUID addressee(IncidentCase incidentCase, PartyRole recipient, UUID partyId) {
        if (recipient == PartyRole.REPORTER && partyId == null && incidentCase.reportId != null) {
            return null;
        }
        List<CaseParty> candidates = parties.of(incidentCase.id).stream()
                .filter(party -> party.role == recipient && (partyId == null || party.id.equals(partyId)))
                .toList();
        if (candidates.size() != 1) {
            throw ProblemException.invalid("Which " + recipient + " to write to", new Problem.FieldViolation(
                    "partyId", candidates.isEmpty() ? "names no " + recipient + " of " + incidentCase.reference
                            : "must say which of the " + candidates.size() + " " + recipient + " parties"));
        }
        CaseParty party = candidates.get(0);
        if (!CaseParties.mayBeContacted(incidentCase, party)) {
            throw ProblemException.conflict("The reporter did not agree that the reported party may be told of the"
                    + " report");
        }
        if (party.email == null) {
            throw ProblemException.conflict("No email address is known for that " + recipient
                    + ": add the party again with one");
        }
        return party.id;
    }

    private void meetTheDeadlinesAnsweredBy(IncidentCase incidentCase, PartyMessage message) {
        if (message.reply.repliesToReporter()) {
            meet(incidentCase, DeadlineKind.REPLY_TO_REPORTER, deadline -> true);
        }
        if (message.reply == SavedReply.NEXT_STEPS || message.reply == SavedReply.REPORTED_PARTY_NOTICE) {
            meet(incidentCase, DeadlineKind.NOTIFY_PARTIES, deadline -> everyoneWasSent(incidentCase,
                    SavedReply.NEXT_STEPS, SavedReply.REPORTED_PARTY_NOTICE, Instant.EPOCH));
        }
        if (message.reply == SavedReply.STATUS_UPDATE) {
            meet(incidentCase, DeadlineKind.STATUS_UPDATE, deadline -> everyoneWasSent(incidentCase,
                    SavedReply.STATUS_UPDATE, SavedReply.STATUS_UPDATE,
                    deadline.dueAt.minus(schedule.statusUpdateInterval())));
        }
    }

    private void meet(IncidentCase incidentCase, DeadlineKind kind,
            Predicate<CaseDeadline> answered) {
        openDeadlines.openOf(incidentCase.id, kind).filter(answered)
                .ifPresent(deadline -> deadlines.meet(incidentCase, deadline.id, NOTIFIER));
    }

    /** The reporter was sent {@code toReporter}, and the reported party, when they may be told, {@code toThem}. */
    private boolean everyoneWasSent(IncidentCase incidentCase, SavedReply toReporter, SavedReply toThem,
            Instant since) {
        boolean reportedPartyToBeTold = parties.of(incidentCase.id).stream()
                .anyMatch(party -> party.role == PartyRole.REPORTED_PARTY
                        && CaseParties.mayBeContacted(incidentCase, party));
        return messages.delivered(incidentCase.id, toReporter, PartyRole.REPORTER, since)
                && (!reportedPartyToBeTold
                        || messages.delivered(incidentCase.id, toThem, PartyRole.REPORTED_PARTY, since));
    }

    private static String describe(PartyMessage message) {
        String who = message.recipient == PartyRole.REPORTER ? "Reporter" : "Reported party";
        String what = message.reply.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (message.status) {
            case DELIVERED -> who + " notified: " + what;
            case UNDELIVERED -> who + " not reached yet: " + what + " (sent again once email works)";
            case CANCELLED -> who + " will not be sent the " + what + ": cancelled";
            case REQUESTED -> who + ": " + what + " requested";
        };
    }
}
