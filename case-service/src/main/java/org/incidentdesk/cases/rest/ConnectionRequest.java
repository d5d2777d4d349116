package org.incidentdesk.cases.rest;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A conflict-of-interest declaration: a connection to a person or to a case, exactly one of the two.
 *
 * @param person their wiki user name
 * @param caseId the case's id
 */
public record ConnectionRequest(@Size(min = 1, max = 255) @Pattern(regexp = "[^\\p{Cntrl}]+",
        message = "must be a user name") String person, UUID caseId) {

    @JsonIgnore
    @AssertTrue(message = "name either a person or a case")
    public boolean isPersonOrCase() {
        return (person == null) != (caseId == null);
    }

    @JsonIgnore
    public String connectedTo() {
        return person != null ? person : caseId.toString();
    }
}
