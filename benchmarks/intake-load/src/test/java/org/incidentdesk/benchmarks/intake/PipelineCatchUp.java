package org.incidentdesk.benchmarks.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the pipeline behind intake is behind when the load ends: the time until the last accepted report has
 * left intake's hands, i.e. its event was relayed, routing consumed it and decided, and intake heard the decision.
 * Read through the gateway with the report's receipt token, as its reporter would.
 */
final class PipelineCatchUp {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    /** A report that intake accepted: its id and receipt token. */
    record Receipt(String reportId, String token) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    PipelineCatchUp(String gateway) {
        this.gateway = gateway;
    }

    /**
     * One line for the summary: how long after {@code loadEndedAtMillis} (epoch) the report was routed, or that it
     * was not within {@code limit} of that moment.
     */
    String lineFor(Receipt receipt, long loadEndedAtMillis, Duration limit) {
        if (receipt == null) {
            return "Pipeline catch-up: no report was accepted in the last phase";
        }
        String status = "unknown";
        while (System.currentTimeMillis() - loadEndedAtMillis < limit.toMillis()) {
            status = statusOf(receipt);
            if (!status.equals("RECEIVED") && !status.equals("unknown")) {
                return String.format(Locale.ROOT, "Pipeline catch-up: the last report accepted was %s %.0f s after the"
                        + " load ended", status, (System.currentTimeMillis() - loadEndedAtMillis) / 1e3);
            }
            sleepOneSecond();
        }
        return "Pipeline catch-up: the last report accepted was still " + status + " " + limit.toSeconds()
                + " s after the load ended";
    }

    private String statusOf(Receipt receipt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/reports/" + receipt.reportId() + "/status"))
                .timeout(Duration.ofSeconds(10))
                .header("Receipt-Token", receipt.token())
                .header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(response.body());
            return response.statusCode() == 200 && status.find() ? status.group(1) : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static void sleepOneSecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
