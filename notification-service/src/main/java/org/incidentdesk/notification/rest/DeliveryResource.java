package org.incidentdesk.notification.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.incidentdesk.notification.domain.DeliveryStatus;
import org.incidentdesk.notification.service.NotificationService;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/notifications/deliveries")
@Tag(name = "Deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.PROJECT_MANAGER,
        StaffRoles.INFRASTRUCTURE_SPECIALIST })
public class DeliveryResource {

    private final NotificationService notifications;

    public DeliveryResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "Recent deliveries, newest first; status=PARKED lists the ones waiting for staff")
    public List<DeliveryView> recent(@QueryParam("status") DeliveryStatus status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return notifications.recent(Optional.ofNullable(status), limit).stream().map(DeliveryView::of).toList();
    }
}
