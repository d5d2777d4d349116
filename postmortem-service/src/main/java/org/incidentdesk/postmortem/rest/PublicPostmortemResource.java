package org.incidentdesk.postmortem.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.incidentdesk.platform.http.PagedResponse;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.problem.QueryValues;
import org.incidentdesk.postmortem.domain.CauseCategory;
import org.incidentdesk.postmortem.service.AtomFeed;
import org.incidentdesk.postmortem.service.PublicPostmortems;

/** The public side, without signing in: published reports of operational incidents only. */
@Path("/api/public/postmortems")
@Tag(name = "Public post-mortems")
@PermitAll
public class PublicPostmortemResource {

    private static final String ATOM = "application/atom+xml";

    private final PublicPostmortems reports;
    private final AtomFeed feed;

    public PublicPostmortemResource(PublicPostmortems reports, AtomFeed feed) {
        this.reports = reports;
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published reports, newest first, a page at a time (X-Total-Count, Link: next)")
    public RestResponse<List<PublicPostmortemView>> list(
            @QueryParam("service") @Size(max = 100) String service,
            @QueryParam("cause") @Size(max = 40) String cause,
            @QueryParam("year") @Pattern(regexp = "\\d{4}", message = "must be a year, e.g. 2026") String year,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @Context UriInfo uri) {
        Optional<CauseCategory> causeCategory = Optional.ofNullable(cause)
                .map(value -> QueryValues.enumValue(CauseCategory.class, "cause", value));
        PublicPostmortems.Page found = reports.list(Optional.ofNullable(service), causeCategory,
                Optional.ofNullable(year).map(Integer::valueOf), page, size);
        return PagedResponse.of(found.items().stream().map(PublicPostmortemView::of).toList(), found.total(), page,
                size, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published report, without its internal fields")
    public PublicPostmortemView get(@PathParam("id") UUID id) {
        return reports.find(id).map(PublicPostmortemView::of)
                .orElseThrow(() -> ProblemException.notFound("No published post-mortem " + id));
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reports per cause and per service, outage minutes per month, mean time to restore")
    public PublicPostmortems.Statistics statistics() {
        return reports.statistics();
    }

    @GET
    @Path("/feed")
    @Produces(ATOM)
    @Operation(summary = "The Atom feed of published reports")
    public String feed() {
        return feed.render();
    }
}
