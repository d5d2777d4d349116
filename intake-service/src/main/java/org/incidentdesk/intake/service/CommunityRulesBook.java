package org.incidentdesk.intake.service;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.domain.EligibilityPolicy;

/**
 * Each community's eligibility rules and daily limits: its own where it set them, the organisation's defaults
 * (those of the source documents) otherwise.
 */
@ApplicationScoped
public class CommunityRulesBook {

    private final IntakeConfig config;

    public CommunityRulesBook(IntakeConfig config) {
        this.config = config;
    }

    public EligibilityPolicy eligibilityIn(String community) {
        IntakeConfig.Eligibility defaults = config.eligibility();
        Optional<IntakeConfig.CommunityRules> own = own(community);
        return new EligibilityPolicy(
                own.flatMap(IntakeConfig.CommunityRules::minAccountAge).orElse(defaults.minAccountAge()),
                ownOr(own, IntakeConfig.CommunityRules::minEdits, defaults.minEdits()),
                own.flatMap(IntakeConfig.CommunityRules::requireConfirmedEmail).orElse(defaults.requireConfirmedEmail()));
    }

    public DailyLimits limitsIn(String community) {
        IntakeConfig.Quotas defaults = config.quotas();
        Optional<IntakeConfig.CommunityRules> own = own(community);
        return new DailyLimits(
                ownOr(own, IntakeConfig.CommunityRules::unconfirmedPerDay, defaults.unconfirmedPerDay()),
                ownOr(own, IntakeConfig.CommunityRules::confirmedPerDay, defaults.confirmedPerDay()),
                ownOr(own, IntakeConfig.CommunityRules::emergenciesPerDay, defaults.emergenciesPerDay()));
    }

    /** Where the community's own process starts, if it said. */
    public Optional<String> getSupportPageOf(String community) {
        return own(community).flatMap(IntakeConfig.CommunityRules::getSupportPage);
    }

    private static int ownOr(Optional<IntakeConfig.CommunityRules> own,
            Function<IntakeConfig.CommunityRules, OptionalInt> setting, int organisationDefault) {
        return own.map(setting).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).orElse(organisationDefault);
    }

    private Optional<IntakeConfig.CommunityRules> own(String community) {
        return Optional.ofNullable(config.communities().get(community));
    }

    /** Reports a day a member may file in one community. */
    public record DailyLimits(int unconfirmed, int confirmed, int emergencies) {
    }
}
