package org.incidentdesk.intake.service;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.CommunityConfigured;

import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.domain.DailyLimits;
import org.incidentdesk.intake.domain.EligibilityPolicy;

/**
 * Each community's eligibility rules and daily limits: those routing-service announced for it when staff
 * configured the community (on the replica that consumed the announcement from the next report, on the others
 * within the {@link AnnouncedRules} cache's lifetime), else those of intake's own
 * configuration for it, else the organisation's defaults (those of the source documents).
 */
@ApplicationScoped
public class CommunityRulesBook {

    private static final Logger LOG = Logger.getLogger(CommunityRulesBook.class);

    private final IntakeConfig config;
    private final AnnouncedRules announced;

    public CommunityRulesBook(IntakeConfig config, AnnouncedRules announced) {
        this.config = config;
        this.announced = announced;
    }

    /** Keeps what routing-service announced, unless a newer version is kept already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void configured(CommunityConfigured configuration) {
        if (announced.store(configuration)) {
            LOG.infof("Rules of %s now at configuration version %d", configuration.community(), configuration.version());
        }
    }

    /** Who may report in the community and how often. */
    public RulesInForce rulesIn(String community) {
        Optional<AnnouncedRules.Snapshot> configured = announced.of(community);
        return new RulesInForce(eligibilityIn(community, configured), limitsIn(community, configured));
    }

    private EligibilityPolicy eligibilityIn(String community, Optional<AnnouncedRules.Snapshot> configured) {
        if (configured.isPresent()) {
            return configured.get().eligibility();
        }
        IntakeConfig.Eligibility defaults = config.eligibility();
        Optional<IntakeConfig.CommunityRules> own = own(community);
        return new EligibilityPolicy(
                own.flatMap(IntakeConfig.CommunityRules::minAccountAge).orElse(defaults.minAccountAge()),
                ownOr(own, IntakeConfig.CommunityRules::minEdits, defaults.minEdits()),
                own.flatMap(IntakeConfig.CommunityRules::requireConfirmedEmail).orElse(defaults.requireConfirmedEmail()));
    }

    private DailyLimits limitsIn(String community, Optional<AnnouncedRules.Snapshot> configured) {
        if (configured.isPresent()) {
            return configured.get().limits();
        }
        IntakeConfig.Quotas defaults = config.quotas();
        Optional<IntakeConfig.CommunityRules> own = own(community);
        return new DailyLimits(
                ownOr(own, IntakeConfig.CommunityRules::unconfirmedPerDay, defaults.unconfirmedPerDay()),
                ownOr(own, IntakeConfig.CommunityRules::confirmedPerDay, defaults.confirmedPerDay()),
                ownOr(own, IntakeConfig.CommunityRules::emergenciesPerDay, defaults.emergenciesPerDay()));
    }

    /** Where the community's own process starts, if it said. */
    public Optional<String> getSupportPageOf(String community) {
        return announced.of(community).map(AnnouncedRules.Snapshot::supportPage)
                .or(() -> own(community).flatMap(IntakeConfig.CommunityRules::getSupportPage));
    }

    private static int ownOr(Optional<IntakeConfig.CommunityRules> own,
            Function<IntakeConfig.CommunityRules, OptionalInt> setting, int organisationDefault) {
        return own.map(setting).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).orElse(organisationDefault);
    }

    private Optional<IntakeConfig.CommunityRules> own(String community) {
        return Optional.ofNullable(config.communities().get(community));
    }

    /** A community's eligibility rules and daily limits, as they stand. */
    public record RulesInForce(EligibilityPolicy eligibility, DailyLimits limits) {
    }
}
