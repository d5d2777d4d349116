package org.incidentdesk.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The Keycloak server distribution (zip from {@code runtime-keycloak}), unpacked once into a folder. */
final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /**
     * The Keycloak home inside {@code parent} ({@code keycloak-<version>}, the zip's top folder), unpacked first
     * if it is not there yet. Unpacking goes to a scratch folder that is renamed when complete, so an interrupted
     * unpack is never mistaken for a distribution.
     */
    static Path installedIn(Path parent) {
        Path zip = ToolRuntime.named("keycloak").singleFile();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String topFolder = topFolderOf(archive);
            Path home = parent.resolve(topFolder);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Path scratch = Files.createTempDirectory(parent, ".unpacking-");
            unpack(archive, scratch);
            markScriptsExecutable(scratch.resolve(topFolder).resolve("bin"));
            Files.move(scratch.resolve(topFolder), home, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(scratch);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + parent, e);
        }
    }

    private static String topFolderOf(ZipFile archive) {
        String first = archive.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(archive.getName() + " is empty"))
                .getName();
        return first.substring(0, first.indexOf('/'));
    }

    private static void unpack(ZipFile archive, Path target) throws IOException {
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            Path destination = target.resolve(entry.getName()).normalize();
            if (!destination.startsWith(target)) {
                throw new IOException("Zip entry outside the target folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(destination);
            } else {
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Zip entries carry no Unix permissions here; the launch scripts must be executable. */
    private static void markScriptsExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            for (Path script : files.filter(file -> file.toString().endsWith(".sh")).toList()) {
                if (!script.toFile().setExecutable(true, false)) {
                    throw new IOException("Could not make " + script + " executable");
                }
            }
        }
    }
}
