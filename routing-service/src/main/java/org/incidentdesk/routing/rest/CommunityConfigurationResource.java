package org.incidentdesk.routing.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.CommunityName;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.StaffRoles;
import org.incidentdesk.routing.domain.CommunitySettings;
import org.incidentdesk.routing.service.CommunityConfigurations;

/**
 * Each community's configuration: any staff member may read it; the director, the deputy director and project
 * managers change it. A change is a whole new version (PUT); {@code If-Match} with the version's ETag guards
 * against overwriting someone else's change.
 */
@Path("/api/routing/communities")
@Tag(name = "Community configuration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class CommunityConfigurationResource {

    private static final String COMMUNITY = CommunityName.PATTERN;
    private static final String COMMUNITY_MESSAGE = CommunityName.MESSAGE;

    private final CommunityConfigurations configurations;
    private final SecurityIdentity staff;

    public CommunityConfigurationResource(CommunityConfigurations configurations, SecurityIdentity staff) {
        this.configurations = configurations;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The configuration in force of every community that has its own")
    public List<CommunityConfigurationView> list() {
        return configurations.configuredCommunities().stream().map(CommunityConfigurationView::of).toList();
    }

    @GET
    @Path("/{community}")
    @Operation(summary = "A community's configuration in force (version 0: the organisation's defaults)")
    public Response get(@PathParam("community") @Pattern(regexp = COMMUNITY, message = COMMUNITY_MESSAGE) String community) {
        return withTag(CommunityConfigurationView.of(configurations.current(community)));
    }

    @GET
    @Path("/{community}/versions")
    @Operation(summary = "Every version of a community's configuration, newest first, with who saved it")
    public List<CommunityConfigurationView> history(
            @PathParam("community") @Pattern(regexp = COMMUNITY, message = COMMUNITY_MESSAGE) String community) {
        return configurations.history(community).stream().map(CommunityConfigurationView::of).toList();
    }

    @GET
    @Path("/{community}/versions/{version}")
    @Operation(summary = "One version of a community's configuration, e.g. the one a routing decision used")
    public CommunityConfigurationView version(
            @PathParam("community") @Pattern(regexp = COMMUNITY, message = COMMUNITY_MESSAGE) String community,
            @PathParam("version") int version) {
        return configurations.version(community, version).map(CommunityConfigurationView::of)
                .orElseThrow(() -> ProblemException.notFound("No version " + version + " of " + community));
    }

    @PUT
    @Path("/{community}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.PROJECT_MANAGER })
    @Operation(summary = "Save a community's configuration as its next version; reports follow it within 5 s")
    public Response change(
            @PathParam("community") @Pattern(regexp = COMMUNITY, message = COMMUNITY_MESSAGE) String community,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "must hold the community's settings") @Valid CommunitySettings settings) {
        return withTag(CommunityConfigurationView.of(configurations.change(community, settings, expectedVersion(ifMatch),
                staff.getPrincipal().getName())));
    }

    private static Response withTag(CommunityConfigurationView view) {
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }

    /** {@code If-Match: "3"} (or {@code 3}) names version 3; no header, or {@code *}, means "whatever is current". */
    private static Optional<Integer> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String version = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Optional.of(Integer.parseInt(version));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match must be the ETag of a version, e.g. \"3\"",
                    new Problem.FieldViolation("If-Match", "not the ETag of a version"));
        }
    }
}
