package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.incidentdesk.cases.domain.IrtAbsence;

public record AbsenceView(UUID id, LocalDate from, LocalDate until, String declaredBy, Instant declaredAt) {

    static AbsenceView of(IrtAbsence absence) {
        return new AbsenceView(absence.id, absence.startsOn, absence.endsOn, absence.declaredBy, absence.declaredAt);
    }
}
