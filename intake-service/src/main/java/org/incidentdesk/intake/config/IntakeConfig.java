package org.incidentdesk.intake.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.incidentdesk.events.OrganisationDefaults;

/**
 * Who may report and how often, the ways in, and how personal data is protected. The eligibility and quota
 * defaults are those of the source documents; per-community values come with the community configuration of
 * routing-service.
 */
@ConfigMapping(prefix = "incident-desk.intake")
public interface IntakeConfig {

    Eligibility eligibility();

    Quotas quotas();

    /**
     * A community's own eligibility rules and quotas, where they differ from the defaults above, by community id
     * (e.g. {@code incident-desk.intake.communities."de.example".min-edits=10}).
     */
    Map<String, CommunityRules> communities();

    Encryption encryption();

    /** Monitoring systems allowed to post alerts, by the name in their webhook URL. */
    Map<String, AlertSource> alertSources();

    Mailbox mailbox();

    /** The services an outage can be reported for; a report names one of them. */
    @WithDefault("MediaWiki,API,Search,Login,Uploads,Email,Chat,Other")
    List<String> serviceCatalogue();

    /** What reporters are promised: a human reply within this many days (source: 2-3 days). */
    HumanReply humanReply();

    interface Eligibility {

        /** Youngest account that may report. */
        @WithDefault(OrganisationDefaults.MIN_ACCOUNT_AGE)
        Duration minAccountAge();

        @WithDefault(OrganisationDefaults.MIN_EDITS)
        int minEdits();

        @WithDefault(OrganisationDefaults.REQUIRE_CONFIRMED_EMAIL)
        boolean requireConfirmedEmail();
    }

    interface Quotas {

        /** Reports a day by a member who is not in the confirmed group. */
        @WithDefault(OrganisationDefaults.UNCONFIRMED_PER_DAY)
        int unconfirmedPerDay();

        /** Reports a day by a member of the confirmed group. */
        @WithDefault(OrganisationDefaults.CONFIRMED_PER_DAY)
        int confirmedPerDay();

        /** The wiki group that counts as confirmed. */
        @WithDefault("autoconfirmed")
        String confirmedGroup();

        /** Emergencies have their own count, so that other reports never use it up. */
        @WithDefault(OrganisationDefaults.EMERGENCIES_PER_DAY)
        int emergenciesPerDay();

        /** Anonymous outage reports a day from one client address. */
        @WithDefault("20")
        int anonymousPerAddressPerDay();
    }

    interface CommunityRules {

        Optional<Duration> minAccountAge();

        OptionalInt minEdits();

        Optional<Boolean> requireConfirmedEmail();

        OptionalInt unconfirmedPerDay();

        OptionalInt confirmedPerDay();

        OptionalInt emergenciesPerDay();

        /** The community's "Get support" page, shown to reporters whose report went to its own process. */
        Optional<String> getSupportPage();
    }

    interface Encryption {

        /**
         * The master key (a Tink AEAD keyset in JSON) that wraps each report's own data key. Several keys may be
         * in the set: the primary encrypts, all decrypt, so it can be rotated. A secret: from the environment.
         */
        String masterKeyset();

        /** Key (base64, at least 32 bytes) of the keyed hash that finds a reporter's reports for erasure. */
        String indexKey();
    }

    interface AlertSource {

        AlertFormat format();

        /**
         * The secret the source sends as {@code Authorization: Secret <secret>} (Alertmanager: {@code authorization}
         * with {@code type: Secret}; Grafana: authorization scheme {@code Secret}). Not {@code Bearer}: bearer
         * tokens are OIDC tokens here.
         */
        String secret();

        /** The community an alert is about when it has no {@code community} label. */
        @WithDefault("all")
        String community();
    }

    enum AlertFormat {
        ALERTMANAGER,
        GRAFANA
    }

    interface Mailbox {

        /** The IMAP server of the private reports mailbox; without it, no mailbox is read. */
        Optional<String> host();

        @WithDefault("993")
        int port();

        /** {@code imaps} (TLS) or {@code imap}. */
        @WithDefault("imaps")
        String protocol();

        Optional<String> username();

        Optional<String> password();

        @WithDefault("INBOX")
        String folder();

        /** Emailed reports are about conduct in this community (the organisation's own spaces by default). */
        @WithDefault("meta")
        String community();

        @WithDefault("en")
        String language();

        @WithDefault("30s")
        Duration pollInterval();
    }

    interface HumanReply {

        @WithDefault("2")
        int minDays();

        @WithDefault("3")
        int maxDays();
    }
}
