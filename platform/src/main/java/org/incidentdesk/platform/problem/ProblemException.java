package org.incidentdesk.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by services for a refusal the client should see, e.g. an invalid state transition (409). The message
 * is shown to the client, so it must not carry confidential data.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final List<Problem.FieldViolation> violations;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, int status, String detail) {
        this(type, status, detail, List.of(), null);
    }

    private ProblemException(ProblemType type, int status, String detail, List<Problem.FieldViolation> violations,
            Duration retryAfter) {
        super(detail);
        this.type = type;
        this.status = status;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /** 403: the caller is known but a rule refuses the request; the violation names the field and the rule. */
    public static ProblemException forbidden(String detail, Problem.FieldViolation violation) {
        return new ProblemException(ProblemType.FORBIDDEN, 403, detail, List.of(violation), null);
    }

    /** 403: the caller is known, and may know the thing exists, but not see or change it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, 403, detail);
    }

    /** 422: no valid outcome exists for the request; each violation names the rule that failed and how. */
    public static ProblemException unsatisfiable(ProblemType type, String detail, List<Problem.FieldViolation> violations) {
        return new ProblemException(type, 422, detail, violations, null);
    }

    /** 429 with a {@code Retry-After} header. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, 429, detail, List.of(), retryAfter);
    }

    /** 400: a field breaks a rule that spans fields (e.g. an emergency without its type); names the field. */
    public static ProblemException invalid(String detail, Problem.FieldViolation violation) {
        return new ProblemException(ProblemType.INVALID_REQUEST, 400, detail, List.of(violation), null);
    }

    /** 410: it existed, and was deliberately removed (e.g. erased personal data). */
    public static ProblemException gone(String detail) {
        return new ProblemException(ProblemType.GONE, 410, detail);
    }

    /** 422: well-formed, but not something this API accepts; the detail says where to go instead. */
    public static ProblemException notAnIncident(String detail, Problem.FieldViolation violation) {
        return new ProblemException(ProblemType.NOT_AN_INCIDENT, 422, detail, List.of(violation), null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, 409, detail);
    }

    /** 412: the client's {@code If-Match} names a version that is no longer current. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, 412, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, 404, detail);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldViolation> violations() {
        return violations;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
