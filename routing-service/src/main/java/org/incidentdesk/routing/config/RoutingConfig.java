package org.incidentdesk.routing.config;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.incidentdesk.events.OrganisationDefaults;

import org.incidentdesk.events.DestinationKind;

/**
 * How routing decides: the organisation's defaults, which every community without a configuration of its own
 * inherits, the organisation's own spaces, and the window in which outage reports are coalesced.
 */
@ConfigMapping(prefix = "incident-desk.routing")
public interface RoutingConfig {

    /** A report about a service and community within this time of the previous one joins its incident. */
    @WithDefault("30m")
    Duration coalescingWindow();

    /** Communities that are the organisation's own spaces: conduct there is always a code-of-conduct case. */
    @WithDefault("meta")
    Set<String> organisationSpaces();

    Defaults defaults();

    /** The organisation's defaults; eligibility and limits are those of the source documents. */
    interface Defaults {

        @WithDefault("https://meta.example.org/wiki/Get_support")
        String supportPage();

        /** Where conduct reports of communities without a process of their own go. */
        @WithDefault("PRIVATE_QUEUE")
        DestinationKind destinationKind();

        @WithDefault("community-responders")
        String destination();

        @WithDefault(OrganisationDefaults.MIN_ACCOUNT_AGE)
        Duration minAccountAge();

        @WithDefault(OrganisationDefaults.MIN_EDITS)
        int minEdits();

        @WithDefault(OrganisationDefaults.REQUIRE_CONFIRMED_EMAIL)
        boolean requireConfirmedEmail();

        @WithDefault(OrganisationDefaults.UNCONFIRMED_PER_DAY)
        int unconfirmedPerDay();

        @WithDefault(OrganisationDefaults.CONFIRMED_PER_DAY)
        int confirmedPerDay();

        @WithDefault(OrganisationDefaults.EMERGENCIES_PER_DAY)
        int emergenciesPerDay();

        @WithDefault("en")
        String language();
    }
}
