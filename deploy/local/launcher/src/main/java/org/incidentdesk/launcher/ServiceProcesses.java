package org.incidentdesk.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentdesk.servers.ChildProcess;
import org.incidentdesk.servers.Loopback;

/** Runs the services' built applications as processes and waits until each is ready. */
final class ServiceProcesses implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /**
     * Makes DRBG the JVM's default {@code SecureRandom} instead of NativePRNG, whose one process-wide lock around
     * reading {@code /dev/urandom} every request thread waits for (UUIDs, data keys, receipt tokens, IVs).
     */
    private static final String NON_BLOCKING_RANDOM = "-Djava.security.egd=file:/dev/./urandom";

    private final List<ChildProcess> processes = new ArrayList<>();
    private final Map<ChildProcess, URI> readiness = new LinkedHashMap<>();

    /**
     * Starts a service; {@link #awaitReady()} waits for all that were started.
     *
     * @param environment the service's settings (Quarkus reads {@code QUARKUS_...} variables as properties)
     */
    void start(String service, Path application, int port, Map<String, String> environment, Path logs) {
        ChildProcess.Builder builder = ChildProcess.builder(service)
                .command(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC", NON_BLOCKING_RANDOM, "-jar",
                        application.toString())
                .directory(application.getParent())
                .logFile(logs.resolve(service + ".log"))
                .environment("QUARKUS_HTTP_HOST", Loopback.HOST)
                .environment("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.forEach(builder::environment);
        ChildProcess process = builder.start();
        processes.add(process);
        readiness.put(process, URI.create("http://" + Loopback.HOST + ":" + port + "/q/health/ready"));
    }

    /** The process id of each service process that runs, by the name it was started with. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.stream().filter(ChildProcess::isAlive).forEach(process -> pids.put(process.name(), process.pid()));
        return pids;
    }

    void awaitReady() {
        readiness.forEach((process, uri) -> process.awaitHttpOk(uri, READY_TIMEOUT));
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
