package org.incidentdesk.cases.domain.subteam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An IRT member as sub-team selection sees them.
 *
 * @param zone where they work from
 * @param absences when they are away (vacations, declared unavailability)
 * @param connections what they declared a connection to: wiki user names of people, and case ids
 * @param activeCases how many open cases they already investigate, so that work is spread
 */
public record SubTeamCandidate(String username, ZoneId zone, List<Absence> absences, Set<String> connections,
        int activeCases) {

    public SubTeamCandidate {
        absences = List.copyOf(absences);
        connections = connections.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Days away, both inclusive, in the member's own time zone. */
    public record Absence(LocalDate from, LocalDate until) {
    }

    public boolean isConnectedTo(UUID caseId, List<PartyZone> parties) {
        return connections.contains(caseId.toString())
                || parties.stream().anyMatch(party -> connections.contains(party.username().toLowerCase(Locale.ROOT)));
    }

    /** Away at any moment of {@code [start, end)}. */
    public boolean isAwayDuring(Instant start, Instant end) {
        return absences.stream().anyMatch(absence -> absence.from().atStartOfDay(zone).toInstant().isBefore(end)
                && absence.until().plusDays(1).atStartOfDay(zone).toInstant().isAfter(start));
    }

    public ZoneOffset offsetAt(Instant instant) {
        return zone.getRules().getOffset(instant);
    }
}
