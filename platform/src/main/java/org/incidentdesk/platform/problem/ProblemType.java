package org.incidentdesk.platform.problem;

/** The kinds of problem the services report, each with a stable type URI clients can switch on. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is not valid"),
    MALFORMED_BODY("malformed-body", "The request body cannot be read"),
    NOT_FOUND("not-found", "Not found"),
    UNAUTHORIZED("unauthorized", "Not signed in"),
    FORBIDDEN("forbidden", "Not allowed"),
    CONFLICT("conflict", "The request conflicts with the current state"),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since it was read"),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests"),
    GONE("gone", "No longer available"),
    NOT_AN_INCIDENT("not-an-incident", "Not an incident"),
    NO_VALID_TEAM("no-valid-team", "No sub-team meets the constraints"),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large"),
    HTTP_ERROR("http-error", "The request cannot be served"),
    INTERNAL_ERROR("internal-error", "Internal error");

    private final String slug;
    private final String title;

    ProblemType(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return "urn:incident-desk:problem:" + slug;
    }

    public String title() {
        return title;
    }
}
