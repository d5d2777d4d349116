package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.config.CaseConfig;
import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.SubTeamMembership;
import org.incidentdesk.cases.domain.subteam.PartyZone;
import org.incidentdesk.cases.domain.subteam.SubTeamCandidate;
import org.incidentdesk.cases.domain.subteam.SubTeamChoice;
import org.incidentdesk.cases.domain.subteam.SubTeamRules;
import org.incidentdesk.cases.domain.subteam.SubTeamSelector;
import org.incidentdesk.cases.repository.SubTeamMembershipRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.cases.security.CaseAccessPolicy;
import org.incidentdesk.events.CaseSubTeamChanged;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.problem.ProblemType;

/**
 * The sub-teams of conduct cases: proposed by {@link SubTeamSelector} from the IRT directory, formed as proposed
 * or as IRT leads change the proposal (checked against the same rules), and a member who leaves replaced by the
 * same rules. Forming a team starts the week in which the parties must be told; every change is kept and
 * published.
 */
@ApplicationScoped
public class SubTeams {

    private static final Logger LOG = Logger.getLogger(SubTeams.class);
    private static final Set<CaseStatus> FORMED_WHILE = Set.of(CaseStatus.ASSESSING, CaseStatus.INVESTIGATING,
            CaseStatus.DECIDING);

    /** A proposal: the members, and how far apart in time zones they and the parties are. */
    public record Proposal(List<String> members, SubTeamRules rules, Duration spread) {
    }

    private final CaseAccess access;
    private final CaseAccessPolicy policy;
    private final IrtDirectory directory;
    private final CaseParties parties;
    private final SubTeamMembershipRepository memberships;
    private final CaseDeadlines deadlines;
    private final CaseConfig.SubTeam config;
    private final Outbox outbox;
    private final Clock clock;

    public SubTeams(CaseAccess access, CaseAccessPolicy policy, IrtDirectory directory, CaseParties parties,
            SubTeamMembershipRepository memberships, CaseDeadlines deadlines, CaseConfig config, Outbox outbox,
            Clock clock) {
        this.access = access;
        this.policy = policy;
        this.directory = directory;
        this.parties = parties;
        this.memberships = memberships;
        this.deadlines = deadlines;
        this.config = config.subTeam();
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The sub-team's memberships, current and past, in the order they began. */
    @Transactional
    public List<SubTeamMembership> of(UUID caseId, SecurityIdentity staff) {
        return memberships.history(access.open(caseId, staff, "read sub-team").id);
    }

    /** The team the rules choose now; nothing is stored. */
    @Transactional
    public Proposal propose(UUID caseId, SecurityIdentity staff) {
        IncidentCase incidentCase = managed(caseId, staff, "propose sub-team");
        SubTeamRules rules = rulesFromNow();
        SubTeamChoice.Valid valid = validOrRefused(selectorFor(incidentCase, rules)
                .choose(List.of(), directory.activeCandidates()), incidentCase);
        return new Proposal(valid.members(), rules, valid.spread());
    }

    /** Forms the sub-team with these members, if they meet every rule. */
    @Transactional
    public List<SubTeamMembership> form(UUID caseId, List<String> members, SecurityIdentity staff) {
        IncidentCase incidentCase = managed(caseId, staff, "form sub-team");
        if (!memberships.current(caseId).isEmpty()) {
            throw ProblemException.conflict(incidentCase.reference + " has a sub-team: replace a member instead");
        }
        validOrRefused(selectorFor(incidentCase, rulesFromNow())
                .check(directory.candidatesNamed(members, "members")), incidentCase);
        Instant now = Instant.now(clock);
        String by = staff.getPrincipal().getName();
        List<SubTeamMembership> formed = members.stream()
                .map(member -> SubTeamMembership.join(caseId, member, by, now)).toList();
        formed.forEach(memberships::persist);
        deadlines.subTeamFormed(incidentCase, now);
        publish(incidentCase, "FORMED", members, members, null, by, now);
        return memberships.history(caseId);
    }

    /**
     * Replaces a member who leaves: by the named IRT member, checked against the rules with those who stay, or,
     * when none is named, by the one the rules choose.
     */
    @Transactional
    public List<SubTeamMembership> replace(UUID caseId, String leaving, Optional<String> replacement,
            SecurityIdentity staff) {
        IncidentCase incidentCase = managed(caseId, staff, "replace sub-team member");
        List<SubTeamMembership> current = memberships.current(caseId);
        SubTeamMembership leaves = current.stream().filter(membership -> membership.member.equals(leaving))
                .findFirst().orElseThrow(() -> ProblemException.invalid(leaving + " is not on the sub-team of "
                        + incidentCase.reference, new Problem.FieldViolation("leaving", "not on the sub-team")));
        List<String> staying = current.stream().map(membership -> membership.member)
                .filter(member -> !member.equals(leaving)).toList();
        List<SubTeamCandidate> kept = directory.candidatesNamed(staying, "leaving");
        SubTeamSelector selector = selectorFor(incidentCase, rulesFromNow());
        SubTeamChoice choice;
        if (replacement.filter(leaving::equals).isPresent()) {
            throw ProblemException.invalid(leaving + " cannot replace themselves",
                    new Problem.FieldViolation("replacement", "must be someone else than the member who leaves"));
        }
        if (replacement.isPresent()) {
            choice = selector.check(Stream.concat(kept.stream(),
                    directory.candidatesNamed(List.of(replacement.get()), "replacement").stream()).toList());
        } else {
            Set<String> onTheTeam = current.stream().map(membership -> membership.member).collect(Collectors.toSet());
            choice = selector.choose(kept, directory.activeCandidates().stream()
                    .filter(candidate -> !onTheTeam.contains(candidate.username())).toList());
        }
        List<String> team = validOrRefused(choice, incidentCase).members();
        String joining = team.stream().filter(member -> !staying.contains(member)).findFirst().orElseThrow();
        Instant now = Instant.now(clock);
        String by = staff.getPrincipal().getName();
        leaves.leave(by, now);
        memberships.flush();
        memberships.persist(SubTeamMembership.join(caseId, joining, by, now));
        publish(incidentCase, "REPLACED", team, List.of(joining), leaving, by, now);
        return memberships.history(caseId);
    }

    /** The case, locked while its sub-team changes, if the staff member manages sub-teams and it has one. */
    private IncidentCase managed(UUID caseId, SecurityIdentity staff, String action) {
        IncidentCase incidentCase = access.openToChange(caseId, staff, action);
        if (!policy.mayManageSubTeams(staff)) {
            throw ProblemException.forbidden("Sub-teams are formed and changed by the IRT leads and the director");
        }
        if (!incidentCase.isIrtCase()) {
            throw ProblemException.conflict(incidentCase.reference + " is not a code-of-conduct case of the IRT: it"
                    + " has no sub-team");
        }
        if (!FORMED_WHILE.contains(incidentCase.status)) {
            throw ProblemException.conflict(incidentCase.reference + " is " + incidentCase.status
                    + ": a sub-team works on a case being assessed, investigated or decided");
        }
        return incidentCase;
    }

    private SubTeamRules rulesFromNow() {
        Instant now = Instant.now(clock);
        return new SubTeamRules(config.size(), config.maxTimeZoneSpread(), now, now.plus(config.expectedInvestigation()));
    }

    private SubTeamSelector selectorFor(IncidentCase incidentCase, SubTeamRules rules) {
        List<PartyZone> zones = parties.ofCase(incidentCase.id).stream()
                .map(party -> new PartyZone(party.username, party.zone())).toList();
        return new SubTeamSelector(rules, incidentCase.id, zones);
    }

    private static SubTeamChoice.Valid validOrRefused(SubTeamChoice choice, IncidentCase incidentCase) {
        if (choice instanceof SubTeamChoice.Valid valid) {
            return valid;
        }
        SubTeamChoice.NoValidTeam none = (SubTeamChoice.NoValidTeam) choice;
        throw ProblemException.unsatisfiable(ProblemType.NO_VALID_TEAM,
                "No valid sub-team for " + incidentCase.reference + ": " + none.explanation(),
                none.failures().stream().map(failure -> new Problem.FieldViolation(failure.constraint().name(),
                        failure.explanation())).toList());
    }

    private void publish(IncidentCase incidentCase, String change, List<String> team, List<String> joined,
            String left, String by, Instant at) {
        outbox.publish(new CaseSubTeamChanged(incidentCase.id, incidentCase.reference, change, team, joined, left,
                by, at));
        LOG.infof("%s: sub-team %s (%s)", incidentCase.reference, change.toLowerCase(Locale.ROOT),
                String.join(", ", team));
    }
}
