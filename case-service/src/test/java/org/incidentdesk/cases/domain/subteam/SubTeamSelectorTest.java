package org.incidentdesk.cases.domain.subteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.incidentdesk.cases.domain.subteam.SubTeamCandidate.Absence;
import org.incidentdesk.cases.domain.subteam.SubTeamChoice.NoValidTeam;
import org.incidentdesk.cases.domain.subteam.SubTeamChoice.Valid;

class SubTeamSelectorTest {

    private static final Instant START = Instant.parse("2026-01-12T09:00:00Z");
    private static final SubTeamRules RULES = new SubTeamRules(3, Duration.ofHours(8), START,
            START.plus(Duration.ofDays(30)));
    private static final UUID CASE = UUID.randomUUID();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final List<PartyZone> PARTIES = List.of(new PartyZone("Reporter1", BERLIN),
            new PartyZone("Accused1", LONDON));

    private final SubTeamSelector selector = new SubTeamSelector(RULES, CASE, PARTIES);

    @Test
    void choosesThreeMembersWithinTheSpreadPreferringThoseWithFewestCases() {
        List<SubTeamCandidate> pool = List.of(member("ana", BERLIN, 2), member("ben", LONDON, 0),
                member("cem", BERLIN, 0), member("dee", NEW_YORK, 0), member("eva", LONDON, 1));

        SubTeamChoice choice = selector.choose(List.of(), pool);

        assertThat(choice).isInstanceOfSatisfying(Valid.class, valid -> {
            assertThat(valid.members()).containsExactlyInAnyOrder("ben", "cem", "dee");
            assertThat(valid.spread()).isEqualTo(Duration.ofHours(6));
        });
    }

    @Test
    void aMemberConnectedToAPartyOrTheCaseIsNeverChosen() {
        List<SubTeamCandidate> pool = List.of(connected("ana", "reporter1"), connected("ben", CASE.toString()),
                member("cem", BERLIN, 3), member("dee", BERLIN, 3), member("eva", LONDON, 3));

        assertThat(selector.choose(List.of(), pool)).isInstanceOfSatisfying(Valid.class,
                valid -> assertThat(valid.members()).containsExactlyInAnyOrder("cem", "dee", "eva"));
    }

    @Test
    void aMemberAwayDuringTheWindowIsNeverChosen() {
        List<SubTeamCandidate> pool = List.of(away("ana", START.plus(Duration.ofDays(20))), member("cem", BERLIN, 3),
                member("dee", BERLIN, 3), member("eva", LONDON, 3));

        assertThat(selector.choose(List.of(), pool)).isInstanceOfSatisfying(Valid.class,
                valid -> assertThat(valid.members()).containsExactlyInAnyOrder("cem", "dee", "eva"));
    }

    @Test
    void anAbsenceAfterTheWindowDoesNotCount() {
        SubTeamCandidate back = away("ana", START.plus(Duration.ofDays(40)));

        assertThat(back.isAwayDuring(RULES.windowStart(), RULES.windowEnd())).isFalse();
        assertThat(away("ana", START).isAwayDuring(RULES.windowStart(), RULES.windowEnd())).isTrue();
    }

    @Test
    void membersTooFarFromEachOtherOrFromThePartiesAreNotATeam() {
        List<SubTeamCandidate> pool = List.of(member("ana", TOKYO, 0), member("ben", LOS_ANGELES, 0),
                member("cem", BERLIN, 0), member("dee", BERLIN, 0));

        SubTeamChoice choice = selector.choose(List.of(), pool);

        assertThat(choice).isInstanceOfSatisfying(NoValidTeam.class, none -> {
            assertThat(none.failures()).extracting(SubTeamChoice.Failure::constraint)
                    .containsExactly(TeamConstraint.TIME_ZONE_SPREAD);
            assertThat(none.explanation()).contains("no 3 of the 4 IRT members who can serve are within 8 h")
                    .contains("ana (UTC+09:00)").contains("ben (UTC-08:00)").contains("parties at UTC, UTC+01:00")
                    .doesNotContain("Reporter1").doesNotContain("Accused1");
        });
    }

    @Test
    void withTooFewEligibleMembersItSaysWhoWasExcludedAndWhy() {
        List<SubTeamCandidate> pool = List.of(connected("ana", "accused1"), away("ben", START),
                member("cem", BERLIN, 0), member("dee", LONDON, 0));

        SubTeamChoice choice = selector.choose(List.of(), pool);

        assertThat(choice).isInstanceOfSatisfying(NoValidTeam.class, none -> {
            assertThat(none.failures()).extracting(SubTeamChoice.Failure::constraint).containsExactly(
                    TeamConstraint.SIZE, TeamConstraint.CONFLICT_OF_INTEREST, TeamConstraint.AVAILABILITY);
            assertThat(none.explanation())
                    .contains("only 2 of the 4 IRT members who could join can serve, and 3 are needed")
                    .contains("ana has a declared connection to the case or its parties")
                    .contains("ben is away between 2026-01-12 and 2026-02-11");
        });
    }

    @Test
    void partiesFurtherApartThanTheSpreadLeaveNoTeam() {
        SubTeamSelector farApart = new SubTeamSelector(RULES, CASE,
                List.of(new PartyZone("Reporter1", TOKYO), new PartyZone("Accused1", LOS_ANGELES)));

        SubTeamChoice choice = farApart.choose(List.of(), List.of(member("ana", BERLIN, 0), member("ben", BERLIN, 0),
                member("cem", BERLIN, 0)));

        assertThat(choice).isInstanceOfSatisfying(NoValidTeam.class, none -> assertThat(none.explanation())
                .isEqualTo("the parties alone are 17 h apart, more than the 8 h a sub-team may span"
                        + " (parties at UTC+09:00, UTC-08:00)"));
    }

    @Test
    void partiesWithoutAKnownTimeZoneDoNotConstrainTheSpread() {
        SubTeamSelector unknownZones = new SubTeamSelector(RULES, CASE, List.of(new PartyZone("Reporter1", null)));

        assertThat(unknownZones.choose(List.of(), List.of(member("ana", NEW_YORK, 0), member("ben", NEW_YORK, 0),
                member("cem", LOS_ANGELES, 0)))).isInstanceOf(Valid.class);
    }

    @Test
    void aReplacementJoinsTheMembersWhoStayWithinTheirSpread() {
        List<SubTeamCandidate> kept = List.of(member("ana", BERLIN, 1), member("ben", LONDON, 1));
        List<SubTeamCandidate> pool = List.of(member("ana", BERLIN, 1), member("ben", LONDON, 1),
                member("kai", TOKYO, 0), member("lou", BERLIN, 4));

        assertThat(selector.choose(kept, pool)).isInstanceOfSatisfying(Valid.class,
                valid -> assertThat(valid.members()).containsExactly("ana", "ben", "lou"));
    }

    @Test
    void aTeamStaffChoseIsCheckedAgainstEveryConstraint() {
        assertThat(selector.check(List.of(member("cem", BERLIN, 0), member("dee", LONDON, 0),
                member("eva", BERLIN, 0)))).isInstanceOf(Valid.class);

        SubTeamChoice broken = selector.check(List.of(connected("ana", "Reporter1"), away("ben", START),
                member("kai", TOKYO, 0), member("lou", LOS_ANGELES, 0)));

        assertThat(broken).isInstanceOfSatisfying(NoValidTeam.class, none -> assertThat(none.failures())
                .extracting(SubTeamChoice.Failure::constraint).containsExactly(TeamConstraint.SIZE,
                        TeamConstraint.CONFLICT_OF_INTEREST, TeamConstraint.AVAILABILITY,
                        TeamConstraint.TIME_ZONE_SPREAD));
        assertThat(selector.check(List.of(member("cem", BERLIN, 0), member("cem", BERLIN, 0),
                member("eva", BERLIN, 0)))).isInstanceOf(NoValidTeam.class);
    }

    private static SubTeamCandidate member(String name, ZoneId zone, int activeCases) {
        return new SubTeamCandidate(name, zone, List.of(), Set.of(), activeCases);
    }

    private static SubTeamCandidate connected(String name, String connection) {
        return new SubTeamCandidate(name, BERLIN, List.of(), Set.of(connection), 0);
    }

    private static SubTeamCandidate away(String name, Instant on) {
        LocalDate day = LocalDate.ofInstant(on, BERLIN);
        return new SubTeamCandidate(name, BERLIN, List.of(new Absence(day, day.plusDays(3))), Set.of(), 0);
    }
}
