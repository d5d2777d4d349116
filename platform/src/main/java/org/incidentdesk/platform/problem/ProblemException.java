package org.incidentdesk.platform.problem;

/**
 * Thrown by services for a refusal the client should see, e.g. an invalid state transition (409). The message
 * is shown to the client, so it must not carry confidential data.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;

    public ProblemException(ProblemType type, int status, String detail) {
        super(detail);
        this.type = type;
        this.status = status;
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, 409, detail);
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
}
