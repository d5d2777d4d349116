package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.IrtAbsence;
import org.incidentdesk.cases.domain.IrtConnection;
import org.incidentdesk.cases.domain.IrtMember;
import org.incidentdesk.cases.domain.subteam.SubTeamCandidate;
import org.incidentdesk.cases.repository.IrtAbsenceRepository;
import org.incidentdesk.cases.repository.IrtConnectionRepository;
import org.incidentdesk.cases.repository.IrtMemberRepository;
import org.incidentdesk.cases.repository.SubTeamMembershipRepository;
import org.incidentdesk.cases.security.CaseAccessPolicy;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The Incident Response Team as sub-team selection needs it: each member's time zone and whether they serve,
 * when they are away, and their declared connections. Members keep their own entry; IRT leads and the director
 * keep everyone's.
 */
@ApplicationScoped
public class IrtDirectory {

    private final IrtMemberRepository members;
    private final IrtAbsenceRepository absences;
    private final IrtConnectionRepository connections;
    private final SubTeamMembershipRepository memberships;
    private final CaseAccessPolicy policy;
    private final Clock clock;

    public IrtDirectory(IrtMemberRepository members, IrtAbsenceRepository absences,
            IrtConnectionRepository connections, SubTeamMembershipRepository memberships, CaseAccessPolicy policy,
            Clock clock) {
        this.members = members;
        this.absences = absences;
        this.connections = connections;
        this.memberships = memberships;
        this.policy = policy;
        this.clock = clock;
    }

    public List<IrtMember> all() {
        return members.all();
    }

    public IrtMember member(String username) {
        return members.findByIdOptional(username)
                .orElseThrow(() -> ProblemException.notFound("No IRT member " + username));
    }

    /** Adds a member or changes their time zone and whether they serve. */
    @Transactional
    public IrtMember keep(String username, String timeZone, boolean active, SecurityIdentity staff) {
        mayKeep(username, staff);
        Optional<IrtMember> known = members.findByIdOptional(username);
        IrtMember member = known.orElseGet(IrtMember::new);
        member.username = username;
        member.timeZone = timeZone;
        member.active = active;
        member.updatedBy = staff.getPrincipal().getName();
        member.updatedAt = Instant.now(clock);
        if (known.isEmpty()) {
            members.persist(member);
        }
        return member;
    }

    public List<IrtAbsence> absencesOf(String username, SecurityIdentity staff) {
        mayKeep(member(username).username, staff);
        return absences.of(username);
    }

    @Transactional
    public IrtAbsence declareAbsence(String username, LocalDate from, LocalDate until, SecurityIdentity staff) {
        mayKeep(member(username).username, staff);
        if (until.isBefore(from)) {
            throw ProblemException.invalid("An absence ends on or after the day it starts",
                    new Problem.FieldViolation("until", "must not be before from"));
        }
        IrtAbsence absence = new IrtAbsence();
        absence.id = UUID.randomUUID();
        absence.member = username;
        absence.startsOn = from;
        absence.endsOn = until;
        absence.declaredBy = staff.getPrincipal().getName();
        absence.declaredAt = Instant.now(clock);
        absences.persist(absence);
        return absence;
    }

    @Transactional
    public void withdrawAbsence(String username, UUID absenceId, SecurityIdentity staff) {
        mayKeep(member(username).username, staff);
        IrtAbsence absence = absences.findByIdOptional(absenceId).filter(found -> found.member.equals(username))
                .orElseThrow(() -> ProblemException.notFound("No absence " + absenceId + " of " + username));
        absences.delete(absence);
    }

    public List<IrtConnection> connectionsOf(String username, SecurityIdentity staff) {
        mayKeep(member(username).username, staff);
        return connections.of(username);
    }

    /** Declares a connection to a person (a wiki user name) or a case (its id); declaring it twice is harmless. */
    @Transactional
    public IrtConnection declareConnection(String username, String connectedTo, SecurityIdentity staff) {
        mayKeep(member(username).username, staff);
        String normalised = connectedTo.toLowerCase(Locale.ROOT);
        return connections.find("member = ?1 and connectedTo = ?2", username, normalised).firstResultOptional()
                .orElseGet(() -> {
                    IrtConnection connection = new IrtConnection();
                    connection.id = UUID.randomUUID();
                    connection.member = username;
                    connection.connectedTo = normalised;
                    connection.declaredBy = staff.getPrincipal().getName();
                    connection.declaredAt = Instant.now(clock);
                    connections.persist(connection);
                    return connection;
                });
    }

    /** Every active member, as selection sees them. */
    public List<SubTeamCandidate> activeCandidates() {
        return candidates(members.active());
    }

    /**
     * The named members, as selection sees them; a name that is not an active member is a 400 naming the field.
     *
     * @param field the request field the names came from
     */
    public List<SubTeamCandidate> candidatesNamed(Collection<String> usernames, String field) {
        List<IrtMember> named = usernames.stream().map(username -> members.findByIdOptional(username)
                .filter(member -> member.active)
                .orElseThrow(() -> ProblemException.invalid(username + " is not an active IRT member",
                        new Problem.FieldViolation(field, username + " is not an active IRT member"))))
                .toList();
        return candidates(named);
    }

    private List<SubTeamCandidate> candidates(List<IrtMember> named) {
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> usernames = named.stream().map(member -> member.username).collect(Collectors.toSet());
        LocalDate yesterday = LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC).minusDays(1);
        Map<String, List<SubTeamCandidate.Absence>> away = absences.ofMembersFrom(usernames, yesterday).stream()
                .collect(Collectors.groupingBy(absence -> absence.member, Collectors.mapping(
                        absence -> new SubTeamCandidate.Absence(absence.startsOn, absence.endsOn), Collectors.toList())));
        Map<String, Set<String>> connected = connections.ofMembers(usernames).stream()
                .collect(Collectors.groupingBy(connection -> connection.member,
                        Collectors.mapping(connection -> connection.connectedTo, Collectors.toSet())));
        Map<String, Long> load = memberships.openCasesOf(usernames);
        return named.stream().map(member -> new SubTeamCandidate(member.username, member.zone(),
                away.getOrDefault(member.username, List.of()), connected.getOrDefault(member.username, Set.of()),
                load.getOrDefault(member.username, 0L).intValue())).toList();
    }

    private void mayKeep(String username, SecurityIdentity staff) {
        if (!policy.mayKeepDirectoryEntryOf(staff, username)) {
            throw ProblemException.forbidden("IRT members keep their own entry; IRT leads and the director keep "
                    + "everyone's");
        }
    }
}
