package org.incidentdesk.postmortem.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.StaffRoles;
import org.incidentdesk.postmortem.service.PostmortemService;

@Path("/api/postmortems")
@Tag(name = "Post-mortems")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.COMMUNITY_LIAISON,
        StaffRoles.SOFTWARE_ENGINEER, StaffRoles.PROJECT_MANAGER, StaffRoles.MEDIAWIKI_SPECIALIST,
        StaffRoles.INFRASTRUCTURE_SPECIALIST, StaffRoles.SECURITY_SPECIALIST })
public class PostmortemResource {

    private final PostmortemService postmortems;
    private final SecurityIdentity staff;

    public PostmortemResource(PostmortemService postmortems, SecurityIdentity staff) {
        this.postmortems = postmortems;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "Post-mortem reports you may see, drafts included, newest first")
    public List<PostmortemView> list() {
        return postmortems.visibleTo(staff).stream().map(PostmortemView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One post-mortem report")
    public PostmortemView get(@PathParam("id") UUID id) {
        return postmortems.find(id, staff).map(PostmortemView::of)
                .orElseThrow(() -> ProblemException.notFound("No post-mortem " + id));
    }
}
