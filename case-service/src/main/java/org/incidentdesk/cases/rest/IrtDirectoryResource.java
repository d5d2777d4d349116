package org.incidentdesk.cases.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.incidentdesk.cases.service.IrtDirectory;
import org.incidentdesk.platform.security.StaffRoles;

/** The Incident Response Team's directory: time zones, absences and conflict-of-interest declarations. */
@Path("/api/irt/members")
@Tag(name = "IRT directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ StaffRoles.IRT_MEMBER, StaffRoles.IRT_LEAD, StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR })
public class IrtDirectoryResource {

    private static final String USERNAME = "[\\p{L}\\p{N}._@-]{1,100}";

    private final IrtDirectory directory;
    private final SecurityIdentity staff;

    public IrtDirectoryResource(IrtDirectory directory, SecurityIdentity staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The IRT members, their time zones and whether they serve")
    public List<IrtMemberView> list() {
        return directory.all().stream().map(IrtMemberView::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One IRT member")
    public IrtMemberView get(@PathParam("username") String username) {
        return IrtMemberView.of(directory.member(username));
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member or change their time zone and whether they serve (themselves, IRT leads, director)")
    public IrtMemberView keep(@PathParam("username") @Pattern(regexp = USERNAME, message = "must be a user name")
            String username, @Valid @NotNull IrtMemberRequest request) {
        return IrtMemberView.of(directory.keep(username, request.timeZone(), request.active(), staff));
    }

    @GET
    @Path("/{username}/absences")
    @Operation(summary = "When a member is away")
    public List<AbsenceView> absences(@PathParam("username") String username) {
        return directory.absencesOf(username, staff).stream().map(AbsenceView::of).toList();
    }

    @POST
    @Path("/{username}/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Declare days away (a vacation, unavailability): the member is not chosen for sub-teams then")
    public AbsenceView declareAbsence(@PathParam("username") String username, @Valid @NotNull AbsenceRequest request) {
        return AbsenceView.of(directory.declareAbsence(username, request.from(), request.until(), staff));
    }

    @DELETE
    @Path("/{username}/absences/{absenceId}")
    @ResponseStatus(204)
    @Operation(summary = "Withdraw an absence")
    public void withdrawAbsence(@PathParam("username") String username, @PathParam("absenceId") UUID absenceId) {
        directory.withdrawAbsence(username, absenceId, staff);
    }

    @GET
    @Path("/{username}/connections")
    @Operation(summary = "A member's conflict-of-interest declarations")
    public List<ConnectionView> connections(@PathParam("username") String username) {
        return directory.connectionsOf(username, staff).stream().map(ConnectionView::of).toList();
    }

    @POST
    @Path("/{username}/connections")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Declare a connection to a person or a case: the member is never chosen for a sub-team "
            + "involving them")
    public ConnectionView declareConnection(@PathParam("username") String username,
            @Valid @NotNull ConnectionRequest request) {
        return ConnectionView.of(directory.declareConnection(username, request.connectedTo(), staff));
    }
}
