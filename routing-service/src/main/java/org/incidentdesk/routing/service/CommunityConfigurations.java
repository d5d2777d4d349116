package org.incidentdesk.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.CommunityConfigured;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.routing.config.RoutingConfig;
import org.incidentdesk.routing.domain.CommunityConfiguration;
import org.incidentdesk.routing.domain.CommunityProfile;
import org.incidentdesk.routing.domain.CommunitySettings;
import org.incidentdesk.routing.domain.ConductHandling;
import org.incidentdesk.routing.repository.CommunityConfigurationRepository;

/**
 * Each community's configuration: versioned, attributed, and read afresh for every report, so that a change
 * applies to the next report on every routing instance without a restart. Communities that never configured
 * anything inherit the organisation's defaults (version 0).
 */
@ApplicationScoped
public class CommunityConfigurations {

    private static final Logger LOG = Logger.getLogger(CommunityConfigurations.class);

    private final CommunityConfigurationRepository configurations;
    private final RoutingConfig config;
    private final ObjectMapper json;
    /** Stored versions stay readable when a later release drops a field: unknown fields are ignored here. */
    private final ObjectReader storedSettings;
    private final Outbox outbox;
    private final Clock clock;

    public CommunityConfigurations(CommunityConfigurationRepository configurations, RoutingConfig config,
            ObjectMapper json, Outbox outbox, Clock clock) {
        this.configurations = configurations;
        this.config = config;
        this.json = json;
        this.storedSettings = json.readerFor(CommunitySettings.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the classifier needs to know of a community, in the caller's transaction. */
    public CommunityProfile profileOf(String community) {
        VersionedSettings current = current(community);
        return new CommunityProfile(community, current.version(), current.settings(),
                config.organisationSpaces().contains(community));
    }

    public VersionedSettings current(String community) {
        return configurations.latest(community).map(this::read).orElseGet(() -> organisationDefaults(community));
    }

    public Optional<VersionedSettings> version(String community, int version) {
        return version == 0 ? Optional.of(organisationDefaults(community))
                : configurations.version(community, version).map(this::read);
    }

    /** Newest first; the organisation's defaults, version 0, last. */
    public List<VersionedSettings> history(String community) {
        List<VersionedSettings> versions = new ArrayList<>(
                configurations.history(community).stream().map(this::read).toList());
        versions.add(organisationDefaults(community));
        return versions;
    }

    public List<VersionedSettings> configuredCommunities() {
        return configurations.allInForce().stream().map(this::read).toList();
    }

    /**
     * Saves the settings as the community's next version and announces them.
     *
     * @param expectedVersion the version the staff member edited, when they said (HTTP {@code If-Match})
     */
    @Transactional
    public VersionedSettings change(String community, CommunitySettings settings, Optional<Integer> expectedVersion,
            String staffMember) {
        configurations.lockForChange(community);
        int current = configurations.latest(community).map(latest -> latest.version).orElse(0);
        if (expectedVersion.isPresent() && expectedVersion.get() != current) {
            throw ProblemException.preconditionFailed("The configuration of " + community + " is at version " + current
                    + ", not " + expectedVersion.get() + ": read it again and reapply your change");
        }
        CommunityConfiguration saved = new CommunityConfiguration();
        saved.community = community;
        saved.version = current + 1;
        saved.settings = write(settings);
        saved.changedBy = staffMember;
        saved.changedAt = Instant.now(clock);
        configurations.persist(saved);
        outbox.publish(announcement(community, saved.version, settings, saved.changedAt));
        LOG.infof("Configuration of %s changed to version %d by %s", community, saved.version, staffMember);
        return read(saved);
    }

    private VersionedSettings organisationDefaults(String community) {
        RoutingConfig.Defaults defaults = config.defaults();
        CommunitySettings settings = new CommunitySettings(EnumSet.allOf(ReportKind.class),
                EnumSet.allOf(BehaviourType.class), ConductHandling.COMMUNITY_PROCESS, defaults.supportPage(), Map.of(),
                new CommunitySettings.Destination(defaults.destinationKind(), defaults.destination()),
                new CommunitySettings.Eligibility(defaults.minAccountAge(), defaults.minEdits(),
                        defaults.requireConfirmedEmail()),
                new CommunitySettings.DailyLimits(defaults.unconfirmedPerDay(), defaults.confirmedPerDay(),
                        defaults.emergenciesPerDay()),
                defaults.language());
        return new VersionedSettings(community, 0, settings, null, null);
    }

    private static CommunityConfigured announcement(String community, int version, CommunitySettings settings,
            Instant at) {
        return new CommunityConfigured(community, version, settings.enabledFlows(),
                new CommunityConfigured.Eligibility(settings.eligibility().minAccountAge(),
                        settings.eligibility().minEdits(), settings.eligibility().requireConfirmedEmail()),
                new CommunityConfigured.DailyLimits(settings.limits().unconfirmedPerDay(),
                        settings.limits().confirmedPerDay(), settings.limits().emergenciesPerDay()),
                settings.supportPage(), settings.language(), at);
    }

    private VersionedSettings read(CommunityConfiguration saved) {
        try {
            return new VersionedSettings(saved.community, saved.version, storedSettings.readValue(saved.settings),
                    saved.changedBy, saved.changedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored configuration " + saved.community + " v" + saved.version
                    + " is unreadable", e);
        }
    }

    private String write(CommunitySettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a configuration", e);
        }
    }

    /** A community's settings at one version, with who saved them and when (nobody for the defaults). */
    public record VersionedSettings(String community, int version, CommunitySettings settings, String changedBy,
            Instant changedAt) {
    }
}
