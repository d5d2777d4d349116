package org.incidentdesk.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the one error shape of every service ({@code application/problem+json}).
 *
 * @param violations for invalid input: which field, and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, int status, String detail, String instance) {
        return new Problem(type.uri(), type.title(), status, detail, instance, List.of());
    }

    public Problem withViolations(List<FieldViolation> fieldViolations) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldViolations));
    }

    /** One invalid field: its path in the request (e.g. {@code reporter.email}) and the reason. */
    public record FieldViolation(String field, String message) {
    }
}
