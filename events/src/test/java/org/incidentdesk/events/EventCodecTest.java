package org.incidentdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), ReportKind.OUTAGE, null, null,
            ReportSource.ANONYMOUS, "en.example", "MediaWiki", OutageImpact.FULL_OUTAGE, null, "en", true, false, NOW);

    @Test
    void roundTripKeepsEnvelopeAndPayload() {
        EventEnvelope<ReportSubmitted> sent = EventEnvelope.wrap(report, NOW);

        EventEnvelope<ReportSubmitted> received = EventCodec.decode(EventCodec.encode(sent), ReportSubmitted.class);

        assertThat(received).isEqualTo(sent);
        assertThat(received.type()).isEqualTo("report.submitted");
        assertThat(received.schemaVersion()).isEqualTo(1);
        assertThat(received.aggregateId()).as("an outage report is keyed by its outage")
                .isEqualTo(OutageKey.of("en.example", "MediaWiki"));
        assertThat(sent.topic()).isEqualTo(Topics.REPORT_SUBMITTED);
    }

    @Test
    void otherReportsAreKeyedByTheirId() {
        ReportSubmitted conduct = new ReportSubmitted(UUID.randomUUID(), ReportKind.CONDUCT, null,
                BehaviourType.DOXING, ReportSource.COMMUNITY_MEMBER, "en.example", null, null, null, "en", true, false,
                NOW, List.of(EmergencyType.THREAT_OF_VIOLENCE));

        EventEnvelope<ReportSubmitted> received = EventCodec.decode(EventCodec.encode(EventEnvelope.wrap(conduct, NOW)),
                ReportSubmitted.class);

        assertThat(received.aggregateId()).isEqualTo(conduct.reportId().toString());
        assertThat(received.payload().emergencyHints()).containsExactly(EmergencyType.THREAT_OF_VIOLENCE);
    }

    @Test
    void refusesAnEventOfAnotherType() {
        String json = EventCodec.encode(EventEnvelope.wrap(report, NOW));

        assertThatThrownBy(() -> EventCodec.decode(json, CaseOpened.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("case.opened");
    }

    @Test
    void refusesAFutureSchemaVersion() {
        String json = EventCodec.encode(EventEnvelope.wrap(report, NOW)).replace("\"schemaVersion\":1", "\"schemaVersion\":9");

        assertThatThrownBy(() -> EventCodec.decode(json, ReportSubmitted.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("version 9");
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> EventCodec.decode("{not json", ReportSubmitted.class))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("", ReportSubmitted.class))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void ignoresFieldsAddedByNewerProducers() {
        String json = EventCodec.encode(EventEnvelope.wrap(report, NOW)).replace("\"kind\":", "\"addedLater\":true,\"kind\":");

        assertThat(EventCodec.decode(json, ReportSubmitted.class).payload()).isEqualTo(report);
    }

    @Test
    void everyEventTypeHasItsOwnTopic() {
        assertThat(Topics.all()).hasSize(EventType.values().length).doesNotHaveDuplicates();
    }
}
