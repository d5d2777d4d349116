package org.incidentdesk.cases.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.IncidentRole;
import org.incidentdesk.cases.repository.CaseFilter;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.service.CaseService;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.http.PagedResponse;
import org.incidentdesk.platform.problem.QueryValues;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class CaseResource {

    private final CaseService cases;
    private final SecurityIdentity staff;

    public CaseResource(CaseService cases, SecurityIdentity staff) {
        this.cases = cases;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The cases you may know of, newest first, a page at a time (X-Total-Count, Link: next); those "
            + "you may not open show only that they exist")
    public RestResponse<List<CaseView>> list(
            @Parameter(description = "CONDUCT or OPERATIONAL") @QueryParam("kind") @Size(max = 40) String kind,
            @Parameter(description = "a state, e.g. INVESTIGATING") @QueryParam("state") @Size(max = 40) String state,
            @Parameter(description = "only cases with a deadline past due and not met") @QueryParam("overdue") boolean overdue,
            @Parameter(description = "only cases you are on the sub-team of or hold a role of") @QueryParam("mine") boolean mine,
            @QueryParam("community") @Size(max = 255) String community,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
            @Context UriInfo uri) {
        CaseRepository.Page<CaseService.Listed> found = cases.visibleTo(staff,
                new CaseFilter(QueryValues.enumValue(CaseFamily.class, "kind", kind),
                        QueryValues.enumValue(CaseStatus.class, "state", state), overdue, mine, community), page, size);
        return PagedResponse.of(found.items().stream().map(CaseView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case (403 when you may know it exists but not open it; reads of confidential cases are "
            + "audited)")
    public CaseView get(@PathParam("id") UUID id) {
        return CaseView.of(cases.get(id, staff));
    }

    @GET
    @Path("/{id}/access-log")
    @Operation(summary = "Who accessed a confidential case, what and when: for the director, and the IRT leads for "
            + "conduct cases")
    public List<AccessRecordView> accessLog(@PathParam("id") UUID id) {
        return cases.accessLog(id, staff).stream().map(AccessRecordView::of).toList();
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(summary = "The history of a case's states: from, to, who, when, why")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return cases.history(id, staff).stream().map(TransitionView::of).toList();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case to another state; a move its family's state machine does not allow is a 409")
    public CaseView transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        return CaseView.of(cases.transition(id, request.to(), request.note(), staff));
    }

    @GET
    @Path("/{id}/deadlines")
    @Operation(summary = "What the case owes the people involved, by when, and whether it was met or missed")
    public List<DeadlineView> deadlines(@PathParam("id") UUID id) {
        return cases.deadlinesOf(id, staff).stream().map(DeadlineView::of).toList();
    }

    @POST
    @Path("/{id}/deadlines/{deadlineId}/met")
    @Operation(summary = "Record that what a deadline asked for was done (a met status update sets the next one)")
    public DeadlineView meetDeadline(@PathParam("id") UUID id, @PathParam("deadlineId") UUID deadlineId) {
        return DeadlineView.of(cases.meetDeadline(id, deadlineId, staff));
    }

    @GET
    @Path("/{id}/roles")
    @Operation(summary = "Who held the communicator and diagnosis lead roles of an operational incident, oldest first")
    public List<RoleHandOffView> roles(@PathParam("id") UUID id) {
        return cases.handOffsOf(id, staff).stream().map(RoleHandOffView::of).toList();
    }

    @PUT
    @Path("/{id}/roles/{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand a role of an operational incident (COMMUNICATOR, DIAGNOSIS_LEAD) to another staff member")
    public CaseView handOff(@PathParam("id") UUID id, @PathParam("role") IncidentRole role,
            @Valid @NotNull HandOffRequest request) {
        return CaseView.of(cases.handOff(id, role, request.holder(), staff));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an operational incident; closing an outage or security incident requests a post-mortem")
    public CaseView close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request) {
        return CaseView.of(cases.close(id, request.resolution(), staff));
    }
}
