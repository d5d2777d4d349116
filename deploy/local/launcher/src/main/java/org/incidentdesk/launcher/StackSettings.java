package org.incidentdesk.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its data and finds the built services, and which ports it uses.
 *
 * @param repositoryRoot the checkout; services run from {@code <service>/target/quarkus-app}
 * @param dataDir everything the servers store (databases, Kafka log, Keycloak, logs); kept between runs
 */
public record StackSettings(Path repositoryRoot, Path dataDir, StackPorts ports) {

    public Path serviceApplication(String service) {
        Path jar = repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service + " is not built: " + jar
                    + " is missing. Build first: ./mvnw package -DskipTests");
        }
        return jar;
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }
}
