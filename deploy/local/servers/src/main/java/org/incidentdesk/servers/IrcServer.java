package org.incidentdesk.servers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An IRC server: Debian's {@code ngircd}, when installed ({@code apt-get install ngircd}), in the foreground on
 * loopback with a generated configuration ({@code ngircd.conf} in the data folder, next to {@code ngircd.log}).
 */
public final class IrcServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final ChildProcess process;
    private final int port;

    private IrcServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Where ngircd is installed, if it is: on the PATH, or in /usr/sbin (Debian's place, not on every PATH). */
    public static Optional<Path> ngircd() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, "ngircd"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts ngircd and returns once it accepts connections, or returns empty when ngircd is not installed.
     *
     * @param dataDir folder for the configuration and the log; null for a temporary one
     * @param port    IRC port; 0 for a free one
     */
    public static Optional<IrcServer> startIfInstalled(Path dataDir, int port) {
        return ngircd().map(executable -> start(executable, dataDir, port));
    }

    private static IrcServer start(Path executable, Path dataDir, int port) {
        return ServerDirectory.startIn(dataDir, "ngircd", directory -> {
            int ircPort = Loopback.portOrFree(port);
            Path config = directory.resolve("ngircd.conf");
            write(config, NgircdConfig.forPort(ircPort));
            ChildProcess process = ChildProcess.builder("ngircd")
                    .command(executable.toString(), "--nodaemon", "--passive", "--config", config.toString())
                    .logFile(directory.resolve("ngircd.log"))
                    .onClose(directory::close)
                    .start();
            process.awaitPort(ircPort, START_TIMEOUT);
            return new IrcServer(process, ircPort);
        });
    }

    public String host() {
        return Loopback.HOST;
    }

    public int port() {
        return port;
    }

    /** Stops ngircd (and deletes a temporary data folder). */
    @Override
    public void close() {
        process.close();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
