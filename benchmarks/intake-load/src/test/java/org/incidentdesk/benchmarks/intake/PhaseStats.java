package org.incidentdesk.benchmarks.intake;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one phase measured: every request by outcome and its response time, in a histogram of whole
 * milliseconds (Gatling's own resolution). Answered requests count with the response time Gatling measured; a
 * request without an answer (connection refused or reset, request timeout) is a connection error and counts
 * with the time until it failed, as in Gatling's own "Total" percentiles.
 */
final class PhaseStats {

    private static final int MAX_MILLIS = 120_000;

    final String name;
    final int rate;
    final int seconds;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder otherSuccess = new LongAdder();
    private final LongAdder clientErrors = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder connectionErrors = new LongAdder();
    private final AtomicIntegerArray millis = new AtomicIntegerArray(MAX_MILLIS + 1);
    private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

    PhaseStats(String name, int rate, int seconds) {
        this.name = name;
        this.rate = rate;
        this.seconds = seconds;
    }

    void started(long epochMillis) {
        firstStart.accumulateAndGet(epochMillis, Math::min);
    }

    /** @param status the HTTP status, or -1 when no answer came */
    void answered(int status, long responseMillis, long endEpochMillis) {
        lastEnd.accumulateAndGet(endEpochMillis, Math::max);
        millis.incrementAndGet((int) Math.min(Math.max(responseMillis, 0), MAX_MILLIS));
        if (status < 0) {
            connectionErrors.increment();
        } else if (status == 202) {
            accepted.increment();
        } else if (status >= 500) {
            serverErrors.increment();
        } else if (status >= 400) {
            clientErrors.increment();
        } else {
            otherSuccess.increment();
        }
    }

    /** When the phase's last answer came (epoch milliseconds). */
    long lastAnswerEpochMillis() {
        return lastEnd.get();
    }

    long accepted() {
        return accepted.sum();
    }

    long serverErrors() {
        return serverErrors.sum();
    }

    long errors() {
        return clientErrors.sum() + serverErrors.sum() + connectionErrors.sum() + otherSuccess.sum();
    }

    /** Accepted reports per second between the first request sent and the last answer received. */
    double acceptedPerSecond() {
        long span = lastEnd.get() - firstStart.get();
        return span <= 0 ? 0 : accepted() * 1000.0 / span;
    }

    /** The smallest response time (ms) that {@code percent} of the requests did not exceed; -1 without any. */
    long percentile(double percent) {
        long answered = 0;
        for (int i = 0; i <= MAX_MILLIS; i++) {
            answered += millis.get(i);
        }
        if (answered == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(percent / 100.0 * answered);
        long seen = 0;
        for (int i = 0; i <= MAX_MILLIS; i++) {
            seen += millis.get(i);
            if (seen >= Math.max(rank, 1)) {
                return i;
            }
        }
        return MAX_MILLIS;
    }

    long sent() {
        return accepted.sum() + otherSuccess.sum() + clientErrors.sum() + serverErrors.sum() + connectionErrors.sum();
    }

    String line() {
        return String.format(Locale.ROOT,
                "%-9s offered %4d/s for %3d s: sent %6d, accepted %6d = %6.1f reports/s, p50 %5d ms, p99 %5d ms,"
                        + " max %5d ms, errors 4xx %d / 5xx %d / connection %d%s",
                name, rate, seconds, sent(), accepted(), acceptedPerSecond(), percentile(50), percentile(99),
                percentile(100), clientErrors.sum(), serverErrors.sum(), connectionErrors.sum(),
                otherSuccess.sum() > 0 ? " / other 2xx " + otherSuccess.sum() : "");
    }
}
