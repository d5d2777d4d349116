package org.incidentdesk.benchmarks.intake;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Intake under a fixed arrival rate (Gatling's open model): the wiki files conduct reports for its members
 * through the gateway, {@code POST /api/reports/on-behalf}, each from a member never seen before so that no
 * daily quota refuses it. A warm-up ramp, then one phase per rate in {@code bench.rates}, one after the other;
 * the first is the latency phase (target: p99 under 50 ms), the others are capacity phases (target: at least
 * 1,000 accepted reports/s). Every phase is reported on its own: accepted reports/s (answers 202 per second),
 * p50/p99 of the response times Gatling measured, and errors split into 4xx, 5xx and connection errors.
 * <p>
 * Settings (system properties): {@code bench.gateway} (http://127.0.0.1:8080), {@code bench.tokenUrl}
 * (Keycloak's token endpoint of realm incident-desk at 127.0.0.1:8180), {@code bench.clientId} (wiki),
 * {@code bench.clientSecret}, {@code bench.rates} (500,800,1000), {@code bench.phaseSeconds} (30),
 * {@code bench.warmupSeconds} (180), {@code bench.warmupRate} (where the warm-up ramp ends: 400/s; the freshly
 * started JVMs are compiled during the ramp), {@code bench.pauseSeconds} (5, idle time before each phase),
 * {@code bench.catchUpSeconds} (300, how long to wait for the pipeline to route the last report accepted; 0 skips
 * it), {@code bench.summaryFile} (where the summary is written besides the console).
 */
public class IntakeLoadSimulation extends Simulation {

    private static final int P99_TARGET_MILLIS = 50;
    private static final int CAPACITY_TARGET = 1000;
    private static final double KEPT_UP = 0.99;

    private final String gateway = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
    private final URI tokenUrl = URI.create(System.getProperty("bench.tokenUrl",
            "http://127.0.0.1:8180/realms/incident-desk/protocol/openid-connect/token"));
    private final int[] rates = Arrays.stream(System.getProperty("bench.rates", "500,800,1000").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    private final int phaseSeconds = Integer.getInteger("bench.phaseSeconds", 30);
    private final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 180);
    private final int warmupRate = Integer.getInteger("bench.warmupRate", 400);
    private final int pauseSeconds = Integer.getInteger("bench.pauseSeconds", 5);
    private final int catchUpSeconds = Integer.getInteger("bench.catchUpSeconds", 300);
    private final String summaryFile = System.getProperty("bench.summaryFile", "");
    /** The receipt of the last report accepted in the last phase, to see when the pipeline has caught up. */
    private final AtomicReference<PipelineCatchUp.Receipt> lastReceipt = new AtomicReference<>();

    /** Distinguishes the members of this run from those of earlier runs on the same database. */
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong members = new AtomicLong();
    private final WikiToken token = new WikiToken(tokenUrl, System.getProperty("bench.clientId", "wiki"),
            System.getProperty("bench.clientSecret", "local-demo-wiki-secret"));
    private final PhaseStats warmup = new PhaseStats("warm-up", warmupRate, warmupSeconds);
    private final List<PhaseStats> phases = new ArrayList<>();

    {
        HttpProtocolBuilder protocol = http.baseUrl(gateway)
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                // One client (the wiki) with a keep-alive connection pool, not a new connection per report.
                .shareConnections();

        PopulationBuilder population = scenario("warm-up").exec(fileReport(warmup, false))
                .injectOpen(rampUsersPerSec(Math.max(1, warmupRate / 10)).to(warmupRate).during(warmupSeconds));
        List<Assertion> assertions = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            PhaseStats phase = new PhaseStats(rates[i] + "/s", rates[i], phaseSeconds);
            phases.add(phase);
            population = population.andThen(scenario(phase.name).exec(fileReport(phase, i == rates.length - 1))
                    .injectOpen(nothingFor(Duration.ofSeconds(pauseSeconds)),
                            constantUsersPerSec(rates[i]).during(phaseSeconds)));
            if (i == 0) {
                assertions.add(details(requestName(phase)).responseTime().percentile(99.0).lt(P99_TARGET_MILLIS));
            }
        }
        assertions.add(global().failedRequests().count().is(0L));
        setUp(population).protocols(protocol).assertions(assertions);
    }

    /** One report; {@code keepReceipt}: remember the receipt of the report accepted last (read from the answer). */
    private ChainBuilder fileReport(PhaseStats phase, boolean keepReceipt) {
        HttpRequestActionBuilder request = http(requestName(phase))
                .post("/api/reports/on-behalf")
                .header("Authorization", session -> token.authorization())
                .body(StringBody(session -> reportFor("bench-" + runId + "-" + members.incrementAndGet())))
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("millis"), status().is(202));
        if (keepReceipt) {
            request = request.check(jsonPath("$.id").optional().saveAs("reportId"),
                    jsonPath("$.receiptToken").optional().saveAs("receiptToken"));
        }
        return exec(session -> {
            long now = System.currentTimeMillis();
            phase.started(now);
            return session.set("sentAt", now);
        }).exec(request)
          .exec(session -> {
              long now = System.currentTimeMillis();
              int status = session.contains("status") ? session.getInt("status") : -1;
              long millis = session.contains("millis") ? session.getInt("millis") : now - session.getLong("sentAt");
              phase.answered(status, millis, now);
              if (status == 202 && session.contains("reportId") && session.contains("receiptToken")) {
                  lastReceipt.set(new PipelineCatchUp.Receipt(session.getString("reportId"),
                          session.getString("receiptToken")));
              }
              return session;
          });
    }

    private static String requestName(PhaseStats phase) {
        return "on-behalf " + phase.name;
    }

    private static String reportFor(String username) {
        return """
                {"report":{"kind":"CONDUCT","behaviour":"INTIMIDATION","community":"en.example","summary":"Insults on my talk page",\
                "details":"Benchmark report: repeated personal attacks after an edit dispute."},\
                "reporter":{"username":"%s","accountCreatedAt":"2025-01-01T00:00:00Z","editCount":120,\
                "emailConfirmed":true,"blocked":false,"groups":["autoconfirmed"],"email":"%s@example.org",\
                "language":"en"}}""".formatted(username, username);
    }

    @Override
    public void after() {
        token.close();
        StringBuilder out = new StringBuilder()
                .append("== Intake benchmark summary (").append(Instant.now()).append(", ").append(gateway)
                .append(") ==\n")
                .append(warmup.line()).append("  [ramp, not judged]\n");
        phases.forEach(phase -> out.append(phase.line()).append('\n'));
        PhaseStats latencyPhase = phases.get(0);
        double bestAccepted = phases.stream().mapToDouble(PhaseStats::acceptedPerSecond).max().orElse(0);
        // A phase's rate runs from its first request sent to its last answer, so a phase that accepts every report
        // offered at 1,000/s measures just under 1,000/s (30 s of arrivals over 30 s plus the last answer's time):
        // the target is met by a phase that measured at least 1,000/s, or by one offered at least 1,000/s that
        // accepted every report it was to send and whose answers kept up (measured at least 99 % of its rate).
        Optional<PhaseStats> acceptedInFull = phases.stream()
                .filter(p -> p.rate >= CAPACITY_TARGET && p.sent() == (long) p.rate * p.seconds
                        && p.accepted() == p.sent() && p.acceptedPerSecond() >= KEPT_UP * p.rate)
                .findFirst();
        boolean capacityMet = bestAccepted >= CAPACITY_TARGET || acceptedInFull.isPresent();
        long serverErrors = warmup.serverErrors() + phases.stream().mapToLong(PhaseStats::serverErrors).sum();
        long p99 = latencyPhase.percentile(99);
        boolean latencyMet = p99 >= 0 && p99 < P99_TARGET_MILLIS && latencyPhase.errors() == 0;
        out.append(String.format(Locale.ROOT, "Target p99 < %d ms at %d/s without errors: %s (p99 %d ms)%n",
                        P99_TARGET_MILLIS, latencyPhase.rate, verdict(latencyMet), p99))
                .append(String.format(Locale.ROOT, "Target >= %d accepted reports/s: %s (best phase %.1f/s%s)%n",
                        CAPACITY_TARGET, verdict(capacityMet), bestAccepted, acceptedInFull
                                .map(p -> "; every report offered at " + p.rate + "/s accepted").orElse("")))
                .append(String.format(Locale.ROOT, "Target zero 5xx: %s (%d)%n", verdict(serverErrors == 0),
                        serverErrors));
        if (catchUpSeconds > 0) {
            long loadEnded = phases.get(phases.size() - 1).lastAnswerEpochMillis();
            out.append(new PipelineCatchUp(gateway).lineFor(lastReceipt.get(), loadEnded,
                    Duration.ofSeconds(catchUpSeconds))).append('\n');
        }
        System.out.print(out);
        if (!summaryFile.isBlank()) {
            try {
                Files.writeString(Path.of(summaryFile), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }
}
