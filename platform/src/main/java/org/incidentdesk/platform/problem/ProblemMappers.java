package org.incidentdesk.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The single place that turns exceptions into {@code application/problem+json}. Details never include class
 * names, stack traces or the request's content; unexpected failures get an error id that is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final List<String> PRESERVED_HEADERS = List.of("Allow", "Retry-After", "WWW-Authenticate");

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String fields = violations.stream().map(Problem.FieldViolation::field).distinct()
                .collect(Collectors.joining(", "));
        return respond(Problem.of(ProblemType.INVALID_REQUEST, 400, "Invalid fields: " + fields, path(uri))
                .withViolations(violations));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(Problem.of(ProblemType.INVALID_REQUEST, 400, "Unknown field: " + field, path(uri))
                .withViolations(List.of(new Problem.FieldViolation(field, "is not a known field"))));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String reason = expectedValues(mapping).map(values -> "must be one of " + values)
                    .or(() -> refusedText(mapping))
                    .orElse("has a value of the wrong type or format");
            return respond(Problem.of(ProblemType.MALFORMED_BODY, 400, "Field " + field + " " + reason, path(uri))
                    .withViolations(List.of(new Problem.FieldViolation(field, reason))));
        }
        return respond(Problem.of(ProblemType.MALFORMED_BODY, 400,
                "The body is not well-formed JSON (line " + lineOf(e) + ")", path(uri)));
    }

    /** Wrong types and unknown enum constants; more specific than Quarkus' own mapper for them. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        Response response = respond(Problem.of(e.type(), e.status(), e.getMessage(), path(uri))
                .withViolations(e.violations()));
        e.retryAfter().ifPresent(delay -> response.getHeaders()
                .putSingle("Retry-After", Long.toString(Math.max(1, delay.toSeconds()))));
        return response;
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        Response response = respond(Problem.of(ProblemType.UNAUTHORIZED, 401, "Sign in to use this resource", path(uri)));
        response.getHeaders().putSingle("WWW-Authenticate", "Bearer");
        return response;
    }

    /** Two changes of the same thing at once: the later one is refused rather than overwriting the first. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.CONFLICT, 409,
                "Changed by someone else at the same time; read it again and retry", path(uri)));
    }

    /** A unique record created twice at once (e.g. two reports for one incident): the later one is refused. */
    @ServerExceptionMapper
    public Response duplicateRecord(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.CONFLICT, 409,
                "Conflicts with what exists already (created at the same time?); read it again", path(uri)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, 403, "Your roles do not allow this", path(uri)));
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Optional<String> unreadableQuery = status == 404 && e.getCause() != null
                ? unconvertedQueryParameter(e.getCause(), uri) : Optional.empty();
        if (unreadableQuery.isPresent()) {
            String parameter = unreadableQuery.get();
            return refused(ProblemException.invalid("Query parameter " + parameter + " cannot be read",
                    new Problem.FieldViolation(parameter, e.getCause() instanceof NumberFormatException
                            ? "must be a whole number" : "is not a value this parameter takes")), uri);
        }
        ProblemType type = status == 404 ? ProblemType.NOT_FOUND : ProblemType.HTTP_ERROR;
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String detail = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return respond(Problem.of(type, status, detail, path(uri)), e.getResponse());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(Problem.of(ProblemType.INTERNAL_ERROR, 500,
                "An unexpected error occurred; quote error id " + errorId + " when reporting it", path(uri)));
    }

    /**
     * JAX-RS answers 404 when a query (or path) parameter's value cannot be converted to its type, e.g.
     * {@code ?page=abc}; the conversion's message quotes the value, which names the query parameter that held it.
     * A path parameter that cannot be converted (its value is in the message) stays a 404: no such resource.
     */
    private static Optional<String> unconvertedQueryParameter(Throwable conversion, UriInfo uri) {
        String message = conversion.getMessage();
        if (uri == null || message == null
                || uri.getPathParameters().values().stream().anyMatch(values -> quotesAny(message, values))) {
            return Optional.empty();
        }
        return uri.getQueryParameters().entrySet().stream()
                .filter(parameter -> quotesAny(message, parameter.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static boolean quotesAny(String message, List<String> values) {
        return values.stream().anyMatch(value -> !value.isEmpty() && message.contains(value));
    }

    private static Response respond(Problem problem) {
        return respond(problem, null);
    }

    /** Keeps headers the client needs from the original response, e.g. {@code Allow} or {@code Retry-After}. */
    private static Response respond(Problem problem, Response original) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        for (String header : PRESERVED_HEADERS) {
            if (original != null && original.getHeaderString(header) != null) {
                builder.header(header, original.getHeaderString(header));
            }
        }
        return builder.build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * The request field of a violation: the path inside the body (method and parameter names dropped), or the
     * name of a query or path parameter.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getName());
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** For an enum field: the values it accepts. */
    private static Optional<String> expectedValues(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return Optional.of(Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }

    /** A text refused while it was read (e.g. one holding the NUL character), with the reason given then. */
    private static Optional<String> refusedText(JsonMappingException e) {
        return e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                ? Optional.of(invalid.getOriginalMessage()) : Optional.empty();
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }
}
