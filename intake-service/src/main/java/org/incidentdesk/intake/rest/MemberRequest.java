package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The community member a trusted client reports for, with the account facts eligibility is decided on. */
public record MemberRequest(
        @NotBlank @Size(max = 85) String username,
        @NotNull @PastOrPresent Instant accountCreatedAt,
        @NotNull @PositiveOrZero Integer editCount,
        @NotNull Boolean emailConfirmed,
        @NotNull Boolean blocked,
        @Size(max = 50) Set<@NotBlank @Size(max = 64) String> groups,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) String language) {
}
