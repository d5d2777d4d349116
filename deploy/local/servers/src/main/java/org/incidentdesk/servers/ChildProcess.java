package org.incidentdesk.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A process started by this JVM, with its output appended to a log file.
 * <p>
 * It offers the waits the servers need (a port, an HTTP 200, any check, an exit). A wait that fails stops the
 * process and throws a {@link ServerStartException} whose message ends in the last lines of the log. Closing it, or
 * the end of this JVM, stops it together with every process it started, then runs its {@code onClose} action.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Duration stopTimeout;
    private final Runnable onClose;
    private final StopOnce stopOnce;

    private ChildProcess(String name, Process process, Path logFile, Duration stopTimeout, Runnable onClose) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.stopTimeout = stopTimeout;
        this.onClose = onClose;
        this.stopOnce = StopOnce.atCloseOrExit(name, this::stopTreeAndCleanUp);
    }

    /** @param name how errors and logs refer to the process, e.g. "Kafka" */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until something accepts connections on {@code port} of {@link Loopback#HOST}. */
    public void awaitPort(int port, Duration timeout) {
        awaitReady(timeout, () -> Loopback.isListening(port));
    }

    /** Waits until a GET of {@code uri} answers 200. */
    public void awaitHttpOk(URI uri, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        awaitReady(timeout, () -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /**
     * Polls {@code check} until it returns true. A check that throws counts as "not yet".
     *
     * @throws ServerStartException when the process exits first or {@code timeout} passes; the message names the
     *                              process and ends with the last lines of its log
     */
    public void awaitReady(Duration timeout, ReadinessCheck check) {
        Instant deadline = Instant.now().plus(timeout);
        Exception lastFailure = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw failure(name + " exited with code " + process.exitValue() + " before it was ready", null);
                }
                try {
                    if (check.isReady()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    lastFailure = e;
                }
                if (Instant.now().isAfter(deadline)) {
                    String lastError = lastFailure == null ? "" : " (last check failed with: " + lastFailure + ")";
                    throw failure(name + " did not start within " + timeout.toSeconds() + " s" + lastError, null);
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while waiting for " + name, e);
        }
    }

    /**
     * Waits for a one-shot command to finish successfully.
     *
     * @throws ServerStartException when it exits with a non-zero code or runs longer than {@code timeout}
     */
    public void awaitSuccessfulExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw failure(name + " did not finish within " + timeout.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while waiting for " + name, e);
        }
        if (process.exitValue() != 0) {
            throw failure(name + " failed with exit code " + process.exitValue(), null);
        }
    }

    /** Reads the log tail, then closes: the close may delete the log (see {@link Builder#onClose}). */
    private ServerStartException failure(String message, Throwable cause) {
        ServerStartException failure = new ServerStartException(message + "; " + LogTail.describe(logFile), cause);
        close();
        return failure;
    }

    /** Stops the process and all its descendants: politely first, forcibly after the stop timeout. */
    @Override
    public void close() {
        stopOnce.close();
    }

    private void stopTreeAndCleanUp() {
        try {
            destroyTree();
        } finally {
            onClose.run();
        }
    }

    private void destroyTree() {
        // Collect the tree first: once the parent is gone its children are re-parented and cannot be found.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(stopTimeout);
        try {
            while (tree.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // no more patience: kill what is left
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** A readiness probe; throwing means "not ready yet". */
    @FunctionalInterface
    public interface ReadinessCheck {
        boolean isReady() throws Exception;
    }

    /** Describes the process to start. */
    public static final class Builder {

        private final String name;
        private final List<String> command = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path directory;
        private Path logFile;
        private Duration stopTimeout = Duration.ofSeconds(20);
        private Runnable onClose = () -> { };

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder command(List<String> command) {
            this.command.clear();
            this.command.addAll(command);
            return this;
        }

        public Builder command(String... command) {
            return command(List.of(command));
        }

        /** Working directory; defaults to the directory of the log file. */
        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** Adds to (or overrides in) the environment inherited from this JVM. */
        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** Where stdout and stderr are appended. Required. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** How long a stop waits for the process to exit before killing it; 20 s by default. */
        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
            return this;
        }

        /** Runs once after the process has been stopped, e.g. to delete its temporary folder. */
        public Builder onClose(Runnable onClose) {
            this.onClose = Objects.requireNonNull(onClose, "onClose");
            return this;
        }

        public ChildProcess start() {
            if (command.isEmpty()) {
                throw new IllegalStateException("No command given for " + name);
            }
            Objects.requireNonNull(logFile, "logFile");
            Path workingDirectory = directory != null ? directory : logFile.toAbsolutePath().getParent();
            try {
                Files.createDirectories(workingDirectory);
                writeHeader();
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(workingDirectory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
                builder.environment().putAll(environment);
                return new ChildProcess(name, builder.start(), logFile, stopTimeout, onClose);
            } catch (IOException e) {
                throw new ServerStartException("Could not start " + name + " (" + String.join(" ", command) + ")", e);
            }
        }

        /** Separates the runs of a persistent log and records what was started. */
        private void writeHeader() {
            String header = "==== " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + "\n";
            try {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                Files.writeString(logFile, header, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + logFile, e);
            }
        }
    }
}
