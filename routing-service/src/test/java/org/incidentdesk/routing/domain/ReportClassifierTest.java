package org.incidentdesk.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.DestinationKind;
import org.incidentdesk.events.EmergencyType;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;

/** The rules, in order, as a table: each row is a report in a community set up a certain way, and its route. */
class ReportClassifierTest {

    private static final String SUPPORT = "https://fr.example.org/wiki/Aide";
    private static final String DOXING_PAGE = "https://fr.example.org/wiki/Aide/Doxing";
    private static final String NOTICEBOARD = "https://fr.example.org/wiki/Bulletin";

    private final ReportClassifier classifier = new ReportClassifier();

    /**
     * Communities: {@code default} (everything enabled, own process), {@code irt} (hands conduct to the IRT),
     * {@code narrow} (takes neither member outage reports nor user disputes), {@code meta} (an organisation space).
     */
    @ParameterizedTest(name = "{0} {1} from {2} on {3} -> {4} by rule {5}")
    @CsvSource({
            "EMERGENCY, ,               COMMUNITY_MEMBER, default, EMERGENCY,         emergency",
            "EMERGENCY, ,               COMMUNITY_MEMBER, narrow,  EMERGENCY,         emergency",
            "SECURITY,  ,               STAFF,            default, SECURITY,          security",
            "SECURITY,  ,               COMMUNITY_MEMBER, narrow,  SECURITY,          security",
            "OTHER,     ,               COMMUNITY_MEMBER, default, NOT_ACTIONABLE,    not-an-incident",
            "OUTAGE,    ,               ANONYMOUS,        default, OUTAGE,            outage",
            "OUTAGE,    ,               ANONYMOUS,        narrow,  NOT_ACTIONABLE,    flow-not-taken",
            "OUTAGE,    ,               MONITORING_ALERT, narrow,  OUTAGE,            outage",
            "DATA_LOSS, ,               COMMUNITY_MEMBER, default, OUTAGE,            data-loss",
            "CONDUCT,   DOXING,         COMMUNITY_MEMBER, meta,    CONDUCT_CASE,      organisation-space",
            "CONDUCT,   DOXING,         EMAIL,            meta,    CONDUCT_CASE,      organisation-space",
            "CONDUCT,   DOXING,         COMMUNITY_MEMBER, irt,     CONDUCT_CASE,      handed-to-irt",
            "CONDUCT,   USER_DISPUTE,   COMMUNITY_MEMBER, narrow,  NOT_ACTIONABLE,    behaviour-not-offered",
            "CONDUCT,   DOXING,         COMMUNITY_MEMBER, narrow,  COMMUNITY_PROCESS, community-process",
            "CONDUCT,   INTIMIDATION,   COMMUNITY_MEMBER, default, COMMUNITY_PROCESS, community-process",
    })
    void routesEachReportByTheFirstRuleThatMatches(ReportKind kind, BehaviourType behaviour, ReportSource source,
            String community, Route expectedRoute, String expectedRule) {
        Classification classification = classifier.classify(report(kind, behaviour, source, List.of()),
                profile(community));

        assertThat(classification.route()).isEqualTo(expectedRoute);
        assertThat(classification.rule()).isEqualTo(expectedRule);
        assertThat(classification.reason()).isNotBlank();
    }

    @Test
    void everyRuleIsReachable() {
        assertThat(ReportClassifier.RULES).extracting(RoutingRule::id).containsExactly("emergency", "security",
                "not-an-incident", "flow-not-taken", "outage", "data-loss", "organisation-space", "handed-to-irt",
                "behaviour-not-offered", "community-process");
    }

    @Test
    void aCommunityProcessReportCarriesTheCommunitysGuidance() {
        Classification classification = classifier.classify(
                report(ReportKind.CONDUCT, BehaviourType.DOXING, ReportSource.COMMUNITY_MEMBER, List.of()),
                profile("narrow"));

        assertThat(classification.guidance().supportPage()).isEqualTo(SUPPORT);
        assertThat(classification.guidance().behaviourPage()).isEqualTo(DOXING_PAGE);
        assertThat(classification.guidance().publicDestination()).isEqualTo(NOTICEBOARD);
    }

    @Test
    void aPrivateDestinationIsNeverOfferedToTheReporter() {
        Classification classification = classifier.classify(
                report(ReportKind.CONDUCT, BehaviourType.DOXING, ReportSource.COMMUNITY_MEMBER, List.of()),
                profile("default"));

        assertThat(classification.guidance().destination()).isEqualTo("responders@default.example.org");
        assertThat(classification.guidance().publicDestination()).isNull();
    }

    @Test
    void wordsSuggestingAnEmergencyFlagTheReportForReviewWithoutUpgradingIt() {
        Classification classification = classifier.classify(report(ReportKind.CONDUCT, BehaviourType.INTIMIDATION,
                ReportSource.COMMUNITY_MEMBER, List.of(EmergencyType.THREAT_OF_VIOLENCE)), profile("default"));

        assertThat(classification.route()).isEqualTo(Route.COMMUNITY_PROCESS);
        assertThat(classification.review()).isNotNull();
        assertThat(classification.review().suggestedEmergencies()).containsExactly(EmergencyType.THREAT_OF_VIOLENCE);
        assertThat(classification.review().reason()).contains("threat of violence");
    }

    @Test
    void aReportWithoutSuchWordsNeedsNoReview() {
        Classification classification = classifier.classify(
                report(ReportKind.CONDUCT, BehaviourType.SPAM, ReportSource.COMMUNITY_MEMBER, List.of()),
                profile("default"));

        assertThat(classification.review()).isNull();
        assertThat(classifier.classify(report(ReportKind.OUTAGE, null, ReportSource.ANONYMOUS, List.of()),
                profile("default")).guidance()).as("outages carry no community guidance").isNull();
    }

    static CommunityProfile profile(String community) {
        CommunitySettings.Eligibility eligibility = new CommunitySettings.Eligibility(Duration.ofHours(3), 1, true);
        CommunitySettings.DailyLimits limits = new CommunitySettings.DailyLimits(1, 5, 10);
        CommunitySettings.Destination email = new CommunitySettings.Destination(DestinationKind.PRIVATE_EMAIL,
                "responders@default.example.org");
        CommunitySettings everything = new CommunitySettings(EnumSet.allOf(ReportKind.class),
                EnumSet.allOf(BehaviourType.class), ConductHandling.COMMUNITY_PROCESS, SUPPORT, Map.of(), email,
                eligibility, limits, "en");
        return switch (community) {
            case "irt" -> new CommunityProfile(community, 2, new CommunitySettings(everything.enabledFlows(),
                    everything.behaviourTypes(), ConductHandling.INCIDENT_RESPONSE_TEAM, SUPPORT, Map.of(), email,
                    eligibility, limits, "en"), false);
            case "narrow" -> new CommunityProfile(community, 5, new CommunitySettings(
                    EnumSet.of(ReportKind.EMERGENCY, ReportKind.SECURITY, ReportKind.CONDUCT),
                    EnumSet.of(BehaviourType.DOXING, BehaviourType.INTIMIDATION), ConductHandling.COMMUNITY_PROCESS,
                    SUPPORT, Map.of(BehaviourType.DOXING, DOXING_PAGE),
                    new CommunitySettings.Destination(DestinationKind.PUBLIC_NOTICEBOARD, NOTICEBOARD), eligibility,
                    limits, "fr"), false);
            case "meta" -> new CommunityProfile(community, 0, everything, true);
            default -> new CommunityProfile(community, 0, everything, false);
        };
    }

    private static ReportSubmitted report(ReportKind kind, BehaviourType behaviour, ReportSource source,
            List<EmergencyType> hints) {
        return new ReportSubmitted(UUID.randomUUID(), kind, null, behaviour, source, "en.example", null, null, null,
                "en", false, false, Instant.EPOCH, hints);
    }
}
