package org.incidentdesk.intake.service;

import java.util.Optional;

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
                own.map(rules -> rules.minEdits().orElse(defaults.minEdits())).orElse(defaults.minEdits()),
                own.flatMap(IntakeConfig.CommunityRules::requireConfirmedEmail).orElse(defaults.requireConfirmedEmail()));
    }

    public DailyLimits limitsIn(String community) {
        IntakeConfig.Quotas defaults = config.quotas();
        Optional<IntakeConfig.CommunityRules> own = own(community);
        return new DailyLimits(
                own.map(rules -> rules.unconfirmedPerDay().orElse(defaults.unconfirmedPerDay())).orElse(defaults.unconfirmedPerDay()),
                own.map(rules -> rules.confirmedPerDay().orElse(defaults.confirmedPerDay())).orElse(defaults.confirmedPerDay()),
                own.map(rules -> rules.emergenciesPerDay().orElse(defaults.emergenciesPerDay())).orElse(defaults.emergenciesPerDay()));
    }

    /** Where the community's own process starts, if it said. */
    public Optional<String> getSupportPageOf(String community) {
        return own(community).flatMap(IntakeConfig.CommunityRules::getSupportPage);
    }

    private Optional<IntakeConfig.CommunityRules> own(String community) {
        return Optional.ofNullable(config.communities().get(community));
    }

    /** Reports a day a member may file in one community. */
    public record DailyLimits(int unconfirmed, int confirmed, int emergencies) {
    }
}
