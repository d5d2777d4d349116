package org.incidentdesk.launcher;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.incidentdesk.servers.Loopback;

/**
 * The five services: their module (folder), their database, how many replicas of each run, and their ports.
 * <p>
 * Replicas of a service share its database and the broker; each has its own port and log. The first replica of
 * every service listens on 8081..8085 in the order below, further replicas on the ports after those (8086, ...).
 */
public final class ServiceCatalog {

    /** A service of the system, run as {@code replicas} processes side by side. */
    public record Service(String name, String database, int replicas) {

        public Service {
            if (replicas < 1) {
                throw new IllegalArgumentException(name + " needs at least one replica");
            }
        }
    }

    /** One process of a service: replica 1..n of it, on its own port. */
    public record Instance(Service service, int replica, int port) {

        /** {@code intake-service-2} for a replicated service, the service's name otherwise (the process, its log). */
        public String name() {
            return service.replicas() == 1 ? service.name() : service.name() + "-" + replica;
        }

        public URI url() {
            return URI.create("http://" + Loopback.HOST + ":" + port);
        }
    }

    /** How many intake replicas run: two unless this system property says otherwise (the benchmark's). */
    public static final String INTAKE_REPLICAS_PROPERTY = "incident-desk.local.intake-replicas";

    /** intake runs twice, so that what replicas share (quotas in PostgreSQL, the outbox relay) is exercised. */
    public static final List<Service> SERVICES = List.of(
            new Service("intake-service", "intake", intakeReplicas()),
            new Service("routing-service", "routing", 1),
            new Service("case-service", "cases", 1),
            new Service("postmortem-service", "postmortems", 1),
            new Service("notification-service", "notifications", 1));

    private ServiceCatalog() {
    }

    private static int intakeReplicas() {
        String value = System.getProperty(INTAKE_REPLICAS_PROPERTY, "2").strip();
        if (!value.matches("[1-9]\\d*")) { // how many fit is StackPorts' to say
            throw new IllegalArgumentException(INTAKE_REPLICAS_PROPERTY + " must be a number of replicas, not " + value);
        }
        return Integer.parseInt(value);
    }

    /** Every process to run, service by service in catalog order (a service's replicas one after the other). */
    public static List<Instance> instances(StackPorts ports) {
        List<Instance> instances = new ArrayList<>();
        int nextExtraSlot = SERVICES.size();
        for (int i = 0; i < SERVICES.size(); i++) {
            Service service = SERVICES.get(i);
            instances.add(new Instance(service, 1, ports.service(i)));
            for (int replica = 2; replica <= service.replicas(); replica++) {
                instances.add(new Instance(service, replica, ports.service(nextExtraSlot++)));
            }
        }
        return instances;
    }

    /** The replicas of the service, in order. */
    public static List<Instance> instancesOf(String name, StackPorts ports) {
        List<Instance> replicas = instances(ports).stream().filter(i -> i.service().name().equals(name)).toList();
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("Unknown service " + name);
        }
        return replicas;
    }

    /** The port of the service's first replica. */
    public static int portOf(String name, StackPorts ports) {
        return instancesOf(name, ports).get(0).port();
    }
}
