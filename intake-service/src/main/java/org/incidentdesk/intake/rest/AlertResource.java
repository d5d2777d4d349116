package org.incidentdesk.intake.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentdesk.intake.alert.AlertIntake;
import org.incidentdesk.intake.alert.AlertNotice;
import org.incidentdesk.intake.alert.AlertOutcome;
import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.problem.ProblemType;

/**
 * Webhooks of monitoring systems (Prometheus Alertmanager, Grafana alerting), one URL per configured source,
 * each with its own secret. The caller is authenticated before its body is read.
 */
@Path("/api/reports/alerts/{source}")
@Tag(name = "Monitoring alerts")
public class AlertResource {

    private static final String SCHEME = "Secret ";

    private final AlertIntake alerts;
    private final IntakeConfig config;
    private final ObjectMapper json;
    private final Validator validator;

    public AlertResource(AlertIntake alerts, IntakeConfig config, ObjectMapper json, Validator validator) {
        this.alerts = alerts;
        this.config = config;
        this.validator = validator;
        this.json = json;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive alerts (Alertmanager v4 or Grafana webhook), authenticated by the source's secret")
    public RestResponse<AlertOutcome> receive(@PathParam("source") String source,
            @HeaderParam("Authorization") String authorization, String body) throws JsonProcessingException {
        IntakeConfig.AlertSource configured = authenticate(source, authorization);
        AlertWebhook webhook = parse(body);
        String expectedVersion = configured.format() == IntakeConfig.AlertFormat.ALERTMANAGER ? "4" : "1";
        if (!expectedVersion.equals(webhook.version())) {
            throw ProblemException.invalid("Unsupported webhook version " + webhook.version() + " for "
                    + configured.format(), new Problem.FieldViolation("version", "must be " + expectedVersion));
        }
        List<AlertNotice> notices = webhook.alerts().stream()
                .map(alert -> new AlertNotice("firing".equals(alert.status()), alert.labels(), alert.annotations(),
                        alert.startsAt(), alert.endsAt(), alert.generatorURL(), alert.fingerprint()))
                .toList();
        return RestResponse.accepted(alerts.receive(source, configured.community(), notices));
    }

    private IntakeConfig.AlertSource authenticate(String source, String authorization) {
        IntakeConfig.AlertSource configured = config.alertSources().get(source);
        String presented = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? authorization.substring(SCHEME.length()).strip() : "";
        String expected = configured == null ? "" : configured.secret();
        boolean matches = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
        if (configured == null || !matches) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, 401,
                    "Unknown alert source or wrong secret (send Authorization: Secret <secret>)");
        }
        return configured;
    }

    private AlertWebhook parse(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("The body is empty", new Problem.FieldViolation("body", "must be an alert webhook"));
        }
        AlertWebhook webhook = json.readValue(body, AlertWebhook.class);
        if (webhook == null) {
            throw ProblemException.invalid("The body is null", new Problem.FieldViolation("body", "must be an alert webhook"));
        }
        Set<ConstraintViolation<AlertWebhook>> violations = validator.validate(webhook);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return webhook;
    }
}
