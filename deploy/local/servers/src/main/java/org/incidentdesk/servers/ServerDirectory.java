package org.incidentdesk.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Function;

/**
 * The folder a server keeps its data and log in: either one the caller owns (kept, reused on the next start) or a
 * temporary one (deleted on close).
 */
final class ServerDirectory implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private ServerDirectory(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** {@code dataDir} (created if missing), or a new temporary folder when it is null. */
    static ServerDirectory persistentOrTemporary(Path dataDir, String serverName) {
        try {
            if (dataDir == null) {
                return new ServerDirectory(Files.createTempDirectory("incident-desk-" + serverName + "-"), true);
            }
            return new ServerDirectory(Files.createDirectories(dataDir.toAbsolutePath()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder for " + serverName, e);
        }
    }

    /**
     * Runs {@code start} with the folder of a server (see {@link #persistentOrTemporary}); should it fail, a
     * temporary folder is deleted before the failure propagates.
     */
    static <T> T startIn(Path dataDir, String serverName, Function<ServerDirectory, T> start) {
        ServerDirectory directory = persistentOrTemporary(dataDir, serverName);
        try {
            return start.apply(directory);
        } catch (RuntimeException | Error e) {
            directory.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    Path resolve(String child) {
        return path.resolve(child);
    }

    boolean isTemporary() {
        return temporary;
    }

    /** Deletes a temporary folder; keeps one the caller gave. Safe to call more than once. */
    @Override
    public void close() {
        if (temporary) {
            deleteRecursively(path);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: a leftover temporary folder must not fail a shutdown.
            System.err.println("Could not delete temporary folder " + root + ": " + e);
        }
    }
}
