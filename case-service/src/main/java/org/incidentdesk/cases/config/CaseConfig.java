package org.incidentdesk.cases.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadlines and sub-teams of the conduct case process (source 001). */
@ConfigMapping(prefix = "incident-desk.cases")
public interface CaseConfig {

    Deadlines deadlines();

    SubTeam subTeam();

    Decisions decisions();

    /** The services an operational incident can affect (source 004), as staff spell them. */
    @WithDefault("MediaWiki,Varnish,NGINX,Databases,Swift,Redis,Memcached,DNS,LDAP")
    List<String> serviceCatalogue();

    interface Deadlines {

        /** Reply to the reporter within 3 days of receiving the report. */
        @WithDefault("3d")
        Duration replyToReporter();

        /** Notify the reporter and, with their permission, the reported party within a week of forming the sub-team. */
        @WithDefault("7d")
        Duration notifyParties();

        /** While investigating, update the reporter and the reported party every 2 weeks. */
        @WithDefault("14d")
        Duration statusUpdateInterval();

        /** How often overdue deadlines are looked for. */
        @WithDefault("1m")
        Duration overdueSweepInterval();
    }

    interface SubTeam {

        /** How many IRT members investigate a case. */
        @WithDefault("3")
        int size();

        /** How far apart the members' and the parties' UTC offsets may be: "a reasonable time-zone spread". */
        @WithDefault("8h")
        Duration maxTimeZoneSpread();

        /** How long an investigation is expected to take: members away during it are not chosen. */
        @WithDefault("30d")
        Duration expectedInvestigation();
    }

    interface Decisions {

        /** How often ended temporary bans are looked for, to announce their end. */
        @WithDefault("1m")
        Duration banExpirySweepInterval();
    }
}
