package org.incidentdesk.launcher;

import java.util.List;

/** The five services: their module (folder), their database, and the order of their ports. */
public final class ServiceCatalog {

    /** A service of the system. */
    public record Service(String name, String database) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("intake-service", "intake"),
            new Service("routing-service", "routing"),
            new Service("case-service", "cases"),
            new Service("postmortem-service", "postmortems"),
            new Service("notification-service", "notifications"));

    private ServiceCatalog() {
    }

    public static int portOf(String name, StackPorts ports) {
        for (int i = 0; i < SERVICES.size(); i++) {
            if (SERVICES.get(i).name().equals(name)) {
                return ports.service(i);
            }
        }
        throw new IllegalArgumentException("Unknown service " + name);
    }
}
