package org.incidentdesk.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An Apache Kafka broker in KRaft mode (broker and controller in one node) running as its own JVM, from the
 * classpath that {@code runtime-kafka} wrote at build time.
 * <p>
 * Its data folder holds {@code server.properties} (rewritten on every start), the log folder {@code logs/}
 * (formatted on the first start only, so topics and records survive restarts) and the process output
 * {@code kafka.log}. A broker with a data folder can be stopped and {@linkplain #startAgain() started again} on
 * the same port, e.g. to test how clients ride out a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String MAIN_CLASS = "kafka.Kafka";
    private static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
            // runtime-kafka ships slf4j-simple: warnings only, plus the line that says the broker is up
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS");

    private final ChildProcess process;
    private final int port;
    private final ServerDirectory directory;

    private KafkaBroker(ChildProcess process, int port, ServerDirectory directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    /**
     * Starts the broker and returns once it answers Admin requests.
     *
     * @param dataDir folder for configuration, log segments and output; null for a temporary one
     * @param port    client (PLAINTEXT) port; 0 for a free one. The controller port is always a free one.
     */
    public static KafkaBroker start(Path dataDir, int port) {
        return ServerDirectory.startIn(dataDir, "kafka", directory -> launch(directory, Loopback.portOrFree(port)));
    }

    private static KafkaBroker launch(ServerDirectory directory, int port) {
        ToolRuntime runtime = ToolRuntime.named("kafka");
        Path logDir = directory.resolve("logs");
        Path config = directory.resolve("server.properties");
        Path output = directory.resolve("kafka.log");
        KafkaServerProperties.write(KafkaServerProperties.of(logDir, port, Loopback.freePort()), config);

        if (!Files.exists(logDir.resolve("meta.properties"))) {
            try (ChildProcess format = ChildProcess.builder("Kafka storage format")
                    .command(runtime.javaCommand(JVM_OPTIONS, STORAGE_TOOL,
                            "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()))
                    .logFile(output)
                    .start()) {
                format.awaitSuccessfulExit(FORMAT_TIMEOUT);
            }
        }

        ChildProcess process = ChildProcess.builder("Kafka")
                .command(runtime.javaCommand(JVM_OPTIONS, MAIN_CLASS, config.toString()))
                .logFile(output)
                .stopTimeout(Duration.ofSeconds(30))
                .onClose(directory::close)
                .start();
        try (Admin admin = KafkaTopics.admin(bootstrapServers(port))) {
            process.awaitReady(START_TIMEOUT,
                    () -> !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
        }
        return new KafkaBroker(process, port, directory);
    }

    /**
     * Starts this broker again after {@link #close()}: a new process on the same data folder (topics, records and
     * committed offsets kept) and the same client port, so that clients configured with
     * {@link #bootstrapServers()} reconnect to it. The controller port may change (the quorum is static).
     *
     * @throws IllegalStateException if the broker still runs, or has a temporary data folder (deleted on close)
     */
    public KafkaBroker startAgain() {
        if (directory.isTemporary()) {
            throw new IllegalStateException("Kafka ran on a temporary data folder, deleted when it stopped;"
                    + " start it with a data folder to start it again");
        }
        if (!hasExited(Duration.ofSeconds(10))) { // a broker killed after its stop timeout takes a moment to go
            throw new IllegalStateException("Kafka still runs (pid " + process.pid() + "); close it first");
        }
        return start(directory.path(), port);
    }

    private boolean hasExited(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers(port);
    }

    /** Creates the topics that do not exist yet (with one replica each). */
    public void createTopics(List<TopicSpec> topics) {
        KafkaTopics.create(bootstrapServers(), topics);
    }

    public Path logFile() {
        return process.logFile();
    }

    /** Stops the broker (and deletes a temporary data folder). */
    @Override
    public void close() {
        process.close();
    }

    private static String bootstrapServers(int port) {
        return Loopback.HOST + ":" + port;
    }
}
