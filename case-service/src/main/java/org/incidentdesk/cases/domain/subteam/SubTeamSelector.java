package org.incidentdesk.cases.domain.subteam;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.incidentdesk.cases.domain.subteam.SubTeamChoice.Failure;
import org.incidentdesk.cases.domain.subteam.SubTeamChoice.NoValidTeam;
import org.incidentdesk.cases.domain.subteam.SubTeamChoice.Valid;

/**
 * Chooses the sub-team of a conduct case (source 001, step 2): IRT members with no declared connection to the
 * case or its parties, not away during the investigation's expected window, whose time zones lie within the
 * configured spread of each other and of the parties. Among valid teams it prefers the members with the fewest
 * open cases, then the narrowest spread, then user names in order, so that the same data gives the same team.
 * When no valid team exists, it says which constraints failed and for whom.
 */
public final class SubTeamSelector {

    private final SubTeamRules rules;
    private final UUID caseId;
    private final List<PartyZone> parties;

    public SubTeamSelector(SubTeamRules rules, UUID caseId, List<PartyZone> parties) {
        this.rules = rules;
        this.caseId = caseId;
        this.parties = List.copyOf(parties);
    }

    /**
     * Chooses members from the pool to join those kept: none when forming a team, the members who stay when one
     * is replaced (they are not checked again, but the newcomers must lie within the spread of them too).
     */
    public SubTeamChoice choose(List<SubTeamCandidate> kept, List<SubTeamCandidate> pool) {
        int needed = rules.size() - kept.size();
        Set<String> keptNames = kept.stream().map(SubTeamCandidate::username).collect(Collectors.toSet());
        List<SubTeamCandidate> others = pool.stream().filter(c -> !keptNames.contains(c.username())).toList();
        List<SubTeamCandidate> connected = others.stream().filter(c -> c.isConnectedTo(caseId, parties)).toList();
        List<SubTeamCandidate> away = others.stream().filter(c -> !connected.contains(c))
                .filter(c -> c.isAwayDuring(rules.windowStart(), rules.windowEnd())).toList();
        List<SubTeamCandidate> eligible = others.stream().filter(c -> !connected.contains(c) && !away.contains(c))
                .sorted(Comparator.comparingInt(SubTeamCandidate::activeCases)
                        .thenComparing(SubTeamCandidate::username))
                .toList();

        List<Failure> exclusions = exclusions(connected, away);
        Optional<Failure> partiesTooFarApart = partiesTooFarApart();
        if (partiesTooFarApart.isPresent()) {
            return new NoValidTeam(List.of(partiesTooFarApart.get()));
        }
        if (eligible.size() < needed) {
            List<Failure> failures = new ArrayList<>();
            failures.add(new Failure(TeamConstraint.SIZE, "only " + eligible.size() + " of the " + others.size()
                    + " IRT members who could join can serve, and " + needed + " are needed"));
            failures.addAll(exclusions);
            return new NoValidTeam(failures);
        }
        Optional<List<SubTeamCandidate>> best = bestCombination(kept, eligible, needed);
        if (best.isEmpty()) {
            List<Failure> failures = new ArrayList<>();
            failures.add(new Failure(TeamConstraint.TIME_ZONE_SPREAD, "no " + needed + " of the " + eligible.size()
                    + " IRT members who can serve are within " + hours(rules.maxSpread()) + " of each other"
                    + (kept.isEmpty() ? "" : ", of " + names(kept)) + " and of the parties: "
                    + zones(eligible) + partyZones("; ")));
            failures.addAll(exclusions);
            return new NoValidTeam(failures);
        }
        List<SubTeamCandidate> team = Stream.concat(kept.stream(), best.get().stream()).toList();
        return new Valid(team.stream().map(SubTeamCandidate::username).toList(), spreadOf(team));
    }

    /** Checks a team staff chose (or changed from a proposal) against every constraint. */
    public SubTeamChoice check(List<SubTeamCandidate> team) {
        List<Failure> failures = new ArrayList<>();
        long distinct = team.stream().map(SubTeamCandidate::username).distinct().count();
        if (team.size() != rules.size() || distinct != team.size()) {
            failures.add(new Failure(TeamConstraint.SIZE, "a sub-team is " + rules.size() + " different IRT members"));
        }
        List<SubTeamCandidate> connected = team.stream().filter(c -> c.isConnectedTo(caseId, parties)).toList();
        List<SubTeamCandidate> away = team.stream()
                .filter(c -> c.isAwayDuring(rules.windowStart(), rules.windowEnd())).toList();
        failures.addAll(exclusions(connected, away));
        Duration spread = spreadOf(team);
        if (spread.compareTo(rules.maxSpread()) > 0) {
            failures.add(new Failure(TeamConstraint.TIME_ZONE_SPREAD, "the members and the parties are "
                    + hours(spread) + " apart, more than " + hours(rules.maxSpread()) + ": " + zones(team)
                    + partyZones("; ")));
        }
        return failures.isEmpty() ? new Valid(team.stream().map(SubTeamCandidate::username).toList(), spread)
                : new NoValidTeam(failures);
    }

    private List<Failure> exclusions(List<SubTeamCandidate> connected, List<SubTeamCandidate> away) {
        List<Failure> failures = new ArrayList<>();
        if (!connected.isEmpty()) {
            failures.add(new Failure(TeamConstraint.CONFLICT_OF_INTEREST, names(connected)
                    + (connected.size() == 1 ? " has" : " have") + " a declared connection to the case or its parties"));
        }
        if (!away.isEmpty()) {
            failures.add(new Failure(TeamConstraint.AVAILABILITY, names(away) + (away.size() == 1 ? " is" : " are")
                    + " away between " + rules.windowStart().atOffset(ZoneOffset.UTC).toLocalDate() + " and "
                    + rules.windowEnd().atOffset(ZoneOffset.UTC).toLocalDate()));
        }
        return failures;
    }

    private Optional<Failure> partiesTooFarApart() {
        List<ZoneOffset> offsets = partyOffsets().toList();
        if (offsets.isEmpty()) {
            return Optional.empty();
        }
        Duration spread = spread(offsets);
        return spread.compareTo(rules.maxSpread()) > 0
                ? Optional.of(new Failure(TeamConstraint.TIME_ZONE_SPREAD, "the parties alone are " + hours(spread)
                        + " apart, more than the " + hours(rules.maxSpread()) + " a sub-team may span ("
                        + partyZones("") + ")"))
                : Optional.empty();
    }

    /** The valid choice of {@code needed} members ranked first, by a search over the combinations. */
    private Optional<List<SubTeamCandidate>> bestCombination(List<SubTeamCandidate> kept,
            List<SubTeamCandidate> eligible, int needed) {
        Search search = new Search(kept, eligible, needed);
        search.from(0, new ArrayList<>());
        return Optional.ofNullable(search.best);
    }

    private final class Search {

        private final List<SubTeamCandidate> kept;
        private final List<SubTeamCandidate> eligible;
        private final int needed;
        private List<SubTeamCandidate> best;
        private int bestLoad = Integer.MAX_VALUE;
        private Duration bestSpread;

        Search(List<SubTeamCandidate> kept, List<SubTeamCandidate> eligible, int needed) {
            this.kept = kept;
            this.eligible = eligible;
            this.needed = needed;
        }

        void from(int start, List<SubTeamCandidate> chosen) {
            if (chosen.size() == needed) {
                consider(chosen);
                return;
            }
            for (int i = start; i <= eligible.size() - (needed - chosen.size()); i++) {
                chosen.add(eligible.get(i));
                from(i + 1, chosen);
                chosen.remove(chosen.size() - 1);
            }
        }

        private void consider(List<SubTeamCandidate> chosen) {
            Duration spread = spreadOf(Stream.concat(kept.stream(), chosen.stream()).toList());
            if (spread.compareTo(rules.maxSpread()) > 0) {
                return;
            }
            int load = chosen.stream().mapToInt(SubTeamCandidate::activeCases).sum();
            if (load < bestLoad || (load == bestLoad && spread.compareTo(bestSpread) < 0)) {
                best = List.copyOf(chosen);
                bestLoad = load;
                bestSpread = spread;
            }
        }
    }

    /** How far apart the members' and the parties' UTC offsets are at the start of the window. */
    private Duration spreadOf(List<SubTeamCandidate> team) {
        return spread(Stream.concat(team.stream().map(c -> c.offsetAt(rules.windowStart())), partyOffsets()).toList());
    }

    private Stream<ZoneOffset> partyOffsets() {
        return parties.stream().map(PartyZone::zone).filter(Objects::nonNull)
                .map(zone -> zone.getRules().getOffset(rules.windowStart()));
    }

    private static Duration spread(List<ZoneOffset> offsets) {
        if (offsets.isEmpty()) {
            return Duration.ZERO;
        }
        int min = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).min().orElseThrow();
        int max = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).max().orElseThrow();
        return Duration.ofSeconds(max - min);
    }

    private String zones(List<SubTeamCandidate> members) {
        return members.stream().map(c -> c.username() + " (" + utc(c.offsetAt(rules.windowStart())) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The parties' offsets, without their names: explanations are shown to staff outside the case too. */
    private String partyZones(String separator) {
        Set<String> offsets = new HashSet<>();
        partyOffsets().forEach(offset -> offsets.add(utc(offset)));
        return offsets.isEmpty() ? "" : separator + "parties at " + offsets.stream().sorted()
                .collect(Collectors.joining(", "));
    }

    private static String utc(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    private static String names(List<SubTeamCandidate> members) {
        return members.stream().map(SubTeamCandidate::username).collect(Collectors.joining(", "));
    }

    static String hours(Duration duration) {
        long minutes = duration.toMinutesPart();
        return duration.toHours() + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }
}
