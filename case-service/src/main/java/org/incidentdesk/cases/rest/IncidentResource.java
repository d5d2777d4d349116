package org.incidentdesk.cases.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.service.AffectedServices;
import org.incidentdesk.cases.service.CaseTimeline;
import org.incidentdesk.cases.service.IncidentImpact;
import org.incidentdesk.platform.security.StaffRoles;

/** What an incident's responders keep as they work: its timeline, its services' states, its impact. */
@Path("/api/cases/{id}")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class IncidentResource {

    private final CaseTimeline timeline;
    private final AffectedServices services;
    private final IncidentImpact impact;
    private final SecurityIdentity staff;

    public IncidentResource(CaseTimeline timeline, AffectedServices services, IncidentImpact impact,
            SecurityIdentity staff) {
        this.timeline = timeline;
        this.services = services;
        this.impact = impact;
        this.staff = staff;
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "The case's timeline, oldest first: notes, state changes, hand-offs, service states, !log lines")
    public List<TimelineEntryView> timeline(@PathParam("id") UUID id) {
        return timeline.of(id, staff).stream().map(TimelineEntryView::of).toList();
    }

    @POST
    @Path("/timeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Write on the case's timeline (entries are never changed or removed)")
    public TimelineEntryView write(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        return TimelineEntryView.of(timeline.write(id, request.text(), staff));
    }

    @GET
    @Path("/services")
    @Operation(summary = "The state of each service the incident affects, and every change")
    public ServiceStatesView services(@PathParam("id") UUID id) {
        return ServiceStatesView.of(services.of(id, staff));
    }

    @PUT
    @Path("/services/{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the state (UP, PARTIAL, DOWN) of a service from the catalogue")
    public ServiceStatesView setService(@PathParam("id") UUID id, @PathParam("service") String service,
            @Valid @NotNull ServiceStateRequest request) {
        return ServiceStatesView.of(services.set(id, service, request.state(), staff));
    }

    @GET
    @Path("/impact")
    @Operation(summary = "The incident's impact on each type of user, and its fallout")
    public ImpactView impact(@PathParam("id") UUID id) {
        return ImpactView.of(impact.of(id, staff));
    }

    @PUT
    @Path("/impact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace what is known of the incident's impact and fallout")
    public ImpactView assess(@PathParam("id") UUID id, @Valid @NotNull ImpactRequest request) {
        return ImpactView.of(impact.assess(id, new IncidentImpact.Assessment(request.impacts(), request.dataLost(),
                request.contributionsRejected()), staff));
    }
}
