package org.incidentdesk.cases.domain.subteam;

import java.time.Duration;
import java.util.List;

/** The outcome of choosing or checking a sub-team: the members, or why no valid team exists. */
public sealed interface SubTeamChoice {

    /** Members who meet every constraint, and how far apart in time zones they and the parties are. */
    record Valid(List<String> members, Duration spread) implements SubTeamChoice {

        public Valid {
            members = List.copyOf(members);
        }
    }

    /** No team meets the constraints; each failure names its constraint and, in words, what failed. */
    record NoValidTeam(List<Failure> failures) implements SubTeamChoice {

        public NoValidTeam {
            failures = List.copyOf(failures);
        }

        public String explanation() {
            return String.join("; ", failures.stream().map(Failure::explanation).toList());
        }
    }

    record Failure(TeamConstraint constraint, String explanation) {
    }
}
