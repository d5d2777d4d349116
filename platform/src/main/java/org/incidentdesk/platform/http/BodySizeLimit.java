package org.incidentdesk.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemType;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem, before it
 * is read. (A chunked body without a length still meets the server's own limit, which answers a bare 413.)
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before every other route, so that nothing reads the body first. */
    private static final int FIRST = -1000;

    private final long maxBytes;
    private final byte[] problem;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        this.problem = json.writeValueAsBytes(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, 413,
                "The body is larger than " + maxBytes + " bytes", null));
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(problem));
            return;
        }
        context.next();
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
