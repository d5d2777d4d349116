package org.incidentdesk.postmortem.rest;

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

import org.incidentdesk.platform.security.StaffRoles;
import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.service.ActionItems;
import org.incidentdesk.postmortem.service.PostmortemService;
import org.incidentdesk.postmortem.service.PostmortemWorkflow;

@Path("/api/postmortems")
@Tag(name = "Post-mortems")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.COMMUNITY_LIAISON,
        StaffRoles.SOFTWARE_ENGINEER, StaffRoles.PROJECT_MANAGER, StaffRoles.MEDIAWIKI_SPECIALIST,
        StaffRoles.INFRASTRUCTURE_SPECIALIST, StaffRoles.SECURITY_SPECIALIST })
public class PostmortemResource {

    private final PostmortemService postmortems;
    private final PostmortemWorkflow workflow;
    private final ActionItems actionItems;
    private final SecurityIdentity staff;

    public PostmortemResource(PostmortemService postmortems, PostmortemWorkflow workflow, ActionItems actionItems,
            SecurityIdentity staff) {
        this.postmortems = postmortems;
        this.workflow = workflow;
        this.actionItems = actionItems;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "Post-mortem reports you may see, drafts included, newest first")
    public List<PostmortemView> list() {
        return postmortems.visibleTo(staff).stream().map(PostmortemView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Start a report about an incident that did not require one, or about something else worth "
            + "learning from")
    public PostmortemView create(@Valid @NotNull NewPostmortem request) {
        Classification classification = request.classification() == null ? Classification.OPERATIONAL
                : request.classification();
        return PostmortemView.of(postmortems.create(request.title(), classification, request.caseId(), staff));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One post-mortem report, internal fields included, with its computed outage minutes")
    public PostmortemView get(@PathParam("id") UUID id) {
        return PostmortemView.of(postmortems.require(id, staff));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the report's title and content as its next revision (an approved report goes back to "
            + "review; a published one stays published)")
    public PostmortemView edit(@PathParam("id") UUID id, @Valid @NotNull PostmortemEdit edit) {
        return PostmortemView.of(workflow.edit(id, edit.title(), edit.content(), staff));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Every saved revision, with who changed which fields and when")
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return workflow.revisionsOf(id, staff).stream().map(RevisionView::of).toList();
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a draft to review, naming its reviewers")
    public PostmortemView review(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest request) {
        return PostmortemView.of(workflow.sendToReview(id, request.reviewers(), staff));
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a report in review (director or deputy director)")
    public PostmortemView approve(@PathParam("id") UUID id) {
        return PostmortemView.of(workflow.approve(id, staff));
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Publish an approved report; a security, privacy or legal incident's report never is (409)")
    public PostmortemView publish(@PathParam("id") UUID id) {
        return PostmortemView.of(workflow.publish(id, staff));
    }

    @PUT
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify the incident: SECURITY, PRIVACY or LEGAL keep it from the public (a published "
            + "report is withdrawn); lowering one to OPERATIONAL is the director's")
    public PostmortemView classify(@PathParam("id") UUID id, @Valid @NotNull ClassificationRequest request) {
        return PostmortemView.of(workflow.classify(id, request.classification(), staff));
    }

    @GET
    @Path("/{id}/action-items")
    @Operation(summary = "The report's action items")
    public List<ActionItemView> actionItems(@PathParam("id") UUID id) {
        return actionItems.of(id, staff).stream().map(ActionItemView::of).toList();
    }

    @POST
    @Path("/{id}/action-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Add an action item: owner, due date, optional tracker link, optionally internal")
    public ActionItemView addActionItem(@PathParam("id") UUID id, @Valid @NotNull ActionItemRequest request) {
        return ActionItemView.of(actionItems.add(id, new ActionItems.NewItem(request.description(), request.owner(),
                request.dueAt(), request.trackerUrl(), request.internal()), staff));
    }

    @POST
    @Path("/{id}/action-items/{itemId}/done")
    @Operation(summary = "Mark an action item done")
    public ActionItemView markDone(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return ActionItemView.of(actionItems.markDone(id, itemId, staff));
    }
}
