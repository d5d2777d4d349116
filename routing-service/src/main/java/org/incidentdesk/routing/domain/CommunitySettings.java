package org.incidentdesk.routing.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.DestinationKind;
import org.incidentdesk.events.ReportKind;

/**
 * What a community configured: the flows it takes, the behaviour types its "Get support" page offers and their
 * links, who handles its conduct reports and where they go, who may report and how often, and its language.
 * One version of it is the whole document; every change makes a new version.
 */
public record CommunitySettings(
        @NotEmpty Set<ReportKind> enabledFlows,
        @NotEmpty Set<BehaviourType> behaviourTypes,
        @NotNull ConductHandling conductHandling,
        @NotNull @WebAddress String supportPage,
        @NotNull Map<BehaviourType, @NotNull @WebAddress String> supportLinks,
        @NotNull @Valid Destination destination,
        @NotNull @Valid Eligibility eligibility,
        @NotNull @Valid DailyLimits limits,
        @NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR")
        String language) {

    /** Flows that no community can turn off: an emergency or a security report always reaches its team. */
    public static final Set<ReportKind> ALWAYS_ENABLED = EnumSet.of(ReportKind.EMERGENCY, ReportKind.SECURITY);

    @JsonIgnore
    @AssertTrue(message = "must include EMERGENCY and SECURITY: those reports always reach their team")
    public boolean isEnabledFlowsKeepingEmergenciesAndSecurity() {
        return enabledFlows == null || enabledFlows.containsAll(ALWAYS_ENABLED);
    }

    @JsonIgnore
    @AssertTrue(message = "may only link behaviour types the community offers")
    public boolean isSupportLinksForOfferedTypes() {
        return supportLinks == null || behaviourTypes == null || behaviourTypes.containsAll(supportLinks.keySet());
    }

    public boolean takes(ReportKind kind) {
        return ALWAYS_ENABLED.contains(kind) || enabledFlows.contains(kind);
    }

    public Optional<String> supportLinkFor(BehaviourType behaviour) {
        return Optional.ofNullable(behaviour).map(supportLinks::get);
    }

    /**
     * Where the community's own process takes reports.
     *
     * @param address an email address, a queue's name or a noticeboard's URL, as {@code kind} says
     */
    public record Destination(@NotNull DestinationKind kind, @NotBlank @Size(max = 500) String address) {

        @JsonIgnore
    @AssertTrue(message = "must be an email address for PRIVATE_EMAIL and an http(s) URL for PUBLIC_NOTICEBOARD")
        public boolean isAddressFittingItsKind() {
            if (kind == null || address == null || address.isBlank()) {
                return true; // @NotNull and @Size name those
            }
            return switch (kind) {
                case PRIVATE_EMAIL -> address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
                case PUBLIC_NOTICEBOARD -> WebAddress.Validator.isWebAddress(address);
                case PRIVATE_QUEUE -> true;
            };
        }
    }

    /** Who may report in the community. */
    public record Eligibility(@NotNull Duration minAccountAge, @Min(0) @Max(1_000_000) int minEdits,
            boolean requireConfirmedEmail) {

        @JsonIgnore
    @AssertTrue(message = "must not be negative")
        public boolean isMinAccountAgeNotNegative() {
            return minAccountAge == null || !minAccountAge.isNegative();
        }
    }

    /** Reports a day a member may file; emergencies have their own limit, which cannot be zero. */
    public record DailyLimits(@Min(0) @Max(1000) int unconfirmedPerDay, @Min(0) @Max(1000) int confirmedPerDay,
            @Min(1) @Max(1000) int emergenciesPerDay) {
    }
}
