package org.incidentdesk.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.OutageIncidentLink;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.security.RouteAccess;
import org.incidentdesk.routing.domain.Classification;
import org.incidentdesk.routing.domain.CommunityProfile;
import org.incidentdesk.routing.domain.ReportClassifier;
import org.incidentdesk.routing.domain.RoutingDecision;
import org.incidentdesk.routing.repository.RoutingDecisionRepository;

@ApplicationScoped
public class RoutingService {

    private static final Logger LOG = Logger.getLogger(RoutingService.class);

    private final RoutingDecisionRepository decisions;
    private final CommunityConfigurations communities;
    private final OutageCoalescer outages;
    private final RouteAccess access;
    private final Outbox outbox;
    private final Clock clock;
    private final ReportClassifier classifier = new ReportClassifier();

    public RoutingService(RoutingDecisionRepository decisions, CommunityConfigurations communities,
            OutageCoalescer outages, RouteAccess access, Outbox outbox, Clock clock) {
        this.decisions = decisions;
        this.communities = communities;
        this.outages = outages;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Classifies the report with its community's configuration in force, coalesces outages, keeps the decision
     * and announces it, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingDecision route(ReportSubmitted report) {
        CommunityProfile community = communities.profileOf(report.community());
        Classification classification = classifier.classify(report, community);
        Instant now = Instant.now(clock);
        OutageIncidentLink outage = classification.route() == Route.OUTAGE ? outages.coalesce(report, now) : null;
        RoutingDecision decision = new RoutingDecision();
        decision.reportId = report.reportId();
        decision.kind = report.kind();
        decision.community = report.community();
        decision.route = classification.route();
        decision.rule = classification.rule();
        decision.reason = classification.reason();
        decision.decidedAt = now;
        decision.configurationVersion = community.version();
        decision.reviewReason = classification.review() == null ? null : classification.review().reason();
        decision.incidentId = outage == null ? null : outage.incidentId();
        decisions.persist(decision);
        outbox.publish(new ReportRouted(report.reportId(), decision.route, decision.rule, decision.reason, report,
                community.version(), classification.review(), classification.guidance(), outage));
        LOG.infof("Report %s routed to %s by rule %s (configuration v%d%s)", report.reportId(), decision.route,
                decision.rule, community.version(), decision.reviewReason == null ? "" : ", flagged for review");
        return decision;
    }

    /**
     * Decisions flagged for human review (words suggesting an emergency), newest first, whatever their route:
     * for Trust and Safety, who decide whether they are emergencies (the resource allows only them and leadership).
     */
    public List<RoutingDecision> flaggedForReview(int page, int size) {
        return decisions.flaggedForReview(page, size);
    }

    /** A decision the staff member may see; one they may not see is reported as absent. */
    public Optional<RoutingDecision> find(UUID reportId, SecurityIdentity staff) {
        return decisions.findByIdOptional(reportId).filter(decision -> access.maySee(staff, decision.route));
    }
}
