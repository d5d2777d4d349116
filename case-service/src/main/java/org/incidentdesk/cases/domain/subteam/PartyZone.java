package org.incidentdesk.cases.domain.subteam;

import java.time.ZoneId;

/** A party to a case as sub-team selection sees them: their user name, and their time zone when known. */
public record PartyZone(String username, ZoneId zone) {
}
