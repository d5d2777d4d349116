package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The webhook body shared by Prometheus Alertmanager (version "4") and Grafana alerting (version "1"). Only
 * the fields intake uses are read; the others of these formats (group keys, Grafana's values and URLs) are
 * ignored, as the formats grow.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertWebhook(
        @NotBlank @Size(max = 10) String version,
        @NotNull @Pattern(regexp = "firing|resolved", message = "must be firing or resolved") String status,
        @NotNull @Size(max = 1_000) List<@NotNull @Valid Alert> alerts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(
            @NotNull @Pattern(regexp = "firing|resolved", message = "must be firing or resolved") String status,
            @NotNull @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 2_000) String> labels,
            @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 10_000) String> annotations,
            Instant startsAt,
            Instant endsAt,
            @Size(max = 2_000) String generatorURL,
            @Size(max = 200) String fingerprint) {
    }
}
