package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.incidentdesk.cases.domain.CaseStatus;

/**
 * Move a case to another state.
 *
 * @param note why; required when closing (the resolution, the explanation sent to the reporter, the decision)
 */
public record TransitionRequest(@NotNull CaseStatus to, @Size(max = 2000) String note) {

    @JsonIgnore
    @AssertTrue(message = "must say why the case closes")
    public boolean isNoteGivenWhenClosing() {
        return to == null || !to.isClosed() || (note != null && !note.isBlank());
    }
}
