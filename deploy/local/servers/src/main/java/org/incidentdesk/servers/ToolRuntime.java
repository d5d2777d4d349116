package org.incidentdesk.servers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime of a tool as written at build time by one of the {@code runtime-*} modules: the resource
 * {@code META-INF/incident-desk/<tool>.classpath} holds the tool's absolute classpath (or, for Keycloak, the path
 * of its distribution zip).
 */
final class ToolRuntime {

    private final String tool;
    private final String classpath;

    private ToolRuntime(String tool, String classpath) {
        this.tool = tool;
        this.classpath = classpath;
    }

    /** Reads the classpath file of {@code tool} ("kafka", "greenmail", "oauth2", "keycloak"). */
    static ToolRuntime named(String tool) {
        String resource = "META-INF/incident-desk/" + tool + ".classpath";
        try (InputStream in = ToolRuntime.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ServerStartException("No " + resource + " on the classpath: add a dependency on "
                        + "org.incidentdesk:runtime-" + tool + " (with an exclusion of *:*)");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (classpath.isEmpty()) {
                throw new ServerStartException(resource + " is empty: rebuild org.incidentdesk:runtime-" + tool);
            }
            return new ToolRuntime(tool, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** The path of the one file this runtime consists of (e.g. the Keycloak zip). */
    Path singleFile() {
        String[] entries = classpath.split(File.pathSeparator);
        if (entries.length != 1) {
            throw new IllegalStateException("Expected one file in the " + tool + " runtime, found " + entries.length);
        }
        return Path.of(entries[0]);
    }

    /** The command line that runs {@code mainClass} of this tool on the JVM this code runs on. */
    List<String> javaCommand(List<String> jvmOptions, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(Arrays.asList(arguments));
        return command;
    }
}
