package org.incidentdesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The gateway's routes, read from {@code deploy/gateway-routes.yaml} (shared with the Helm Ingress). */
public record RouteTable(List<Route> routes) {

    public static final String RESOURCE = "/gateway-routes.yaml";

    /** A path prefix and the service that serves every path under it. */
    public record Route(String prefix, String service) {

        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
        }
    }

    public static RouteTable load() {
        try (InputStream in = RouteTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Route table " + RESOURCE + " is missing from the launcher");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, RouteTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the route table " + RESOURCE, e);
        }
    }

    /** The service of the longest matching prefix. */
    public Optional<String> serviceFor(String path) {
        return routes.stream()
                .filter(route -> route.matches(path))
                .max(Comparator.comparingInt(route -> route.prefix().length()))
                .map(Route::service);
    }

    public List<String> services() {
        return routes.stream().map(Route::service).distinct().toList();
    }
}
