package org.incidentdesk.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.incidentdesk.postmortem.domain.PostmortemContent.ServiceStateChange;

class OutageMinutesTest {

    private static final Instant T0 = Instant.parse("2026-11-03T10:00:00Z");

    private static ServiceStateChange at(int minutes, String service, ServiceState state) {
        return new ServiceStateChange(service, state, T0.plus(Duration.ofMinutes(minutes)));
    }

    private static Instant minute(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void oneServiceDownThenUpIsVisibleAndTotalAlike() {
        assertThat(OutageMinutes.of(List.of(at(0, "MediaWiki", ServiceState.DOWN), at(30, "MediaWiki",
                ServiceState.UP)), minute(90))).isEqualTo(new OutageMinutes(30, 30));
    }

    @Test
    void aPartialOutageCountsInTheTotalOnly() {
        assertThat(OutageMinutes.of(List.of(at(0, "Search", ServiceState.PARTIAL), at(20, "Search", ServiceState.DOWN),
                at(35, "Search", ServiceState.PARTIAL), at(60, "Search", ServiceState.UP)), minute(60)))
                .isEqualTo(new OutageMinutes(15, 60));
    }

    @Test
    void overlappingServicesAreNotCountedTwice() {
        // MediaWiki down 0-40, Varnish down 10-50: visible 0-50
        assertThat(OutageMinutes.of(List.of(at(0, "MediaWiki", ServiceState.DOWN), at(10, "Varnish", ServiceState.DOWN),
                at(40, "MediaWiki", ServiceState.UP), at(50, "Varnish", ServiceState.UP)), minute(60)))
                .isEqualTo(new OutageMinutes(50, 50));
    }

    @Test
    void theOrderTheChangesAreGivenInDoesNotMatter() {
        List<ServiceStateChange> shuffled = List.of(at(50, "Varnish", ServiceState.UP), at(0, "MediaWiki",
                ServiceState.DOWN), at(40, "MediaWiki", ServiceState.UP), at(10, "Varnish", ServiceState.PARTIAL));
        assertThat(OutageMinutes.of(shuffled, minute(60))).isEqualTo(new OutageMinutes(40, 50));
    }

    @Test
    void aStateNeverRestoredCountsUntilTheEndAndNotBeyond() {
        assertThat(OutageMinutes.of(List.of(at(0, "Uploads", ServiceState.DOWN)), minute(45)))
                .isEqualTo(new OutageMinutes(45, 45));
        assertThat(OutageMinutes.of(List.of(at(0, "Uploads", ServiceState.DOWN)), null)).isEqualTo(OutageMinutes.NONE);
    }

    @Test
    void aServiceThatWasNeverDownCostsNothingAndPartialMinutesRoundDown() {
        assertThat(OutageMinutes.of(List.of(at(0, "DNS", ServiceState.UP)), minute(30))).isEqualTo(OutageMinutes.NONE);
        assertThat(OutageMinutes.of(List.of(new ServiceStateChange("DNS", ServiceState.DOWN, T0),
                new ServiceStateChange("DNS", ServiceState.UP, T0.plusSeconds(119))), minute(30)))
                .isEqualTo(new OutageMinutes(1, 1));
        assertThat(OutageMinutes.of(List.of(), minute(30))).isEqualTo(OutageMinutes.NONE);
    }

    @Test
    void timeToRestoreRunsFromTheFirstFailureUntilEveryServiceIsUpAgain() {
        assertThat(OutageMinutes.timeToRestore(List.of(at(5, "MediaWiki", ServiceState.PARTIAL),
                at(10, "Varnish", ServiceState.DOWN), at(30, "MediaWiki", ServiceState.UP),
                at(45, "Varnish", ServiceState.UP)), minute(90))).contains(Duration.ofMinutes(40));
        assertThat(OutageMinutes.timeToRestore(List.of(at(0, "Search", ServiceState.DOWN)), minute(25)))
                .contains(Duration.ofMinutes(25));
        assertThat(OutageMinutes.timeToRestore(List.of(at(0, "Search", ServiceState.UP)), minute(25))).isEmpty();
    }
}
