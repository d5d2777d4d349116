package org.incidentdesk.launcher;

/**
 * The loopback ports of the local stack. A non-zero offset moves them all, so that the end-to-end test can run
 * beside a developer's running stack.
 */
public record StackPorts(int offset) {

    public static final StackPorts DEFAULT = new StackPorts(0);

    public int gateway() {
        return 8080 + offset;
    }

    /**
     * The port of a service process: 8081..8085 for the first replicas in the order of
     * {@link ServiceCatalog#SERVICES}, 8086..8089 for further replicas (8090 is the mail API's).
     */
    public int service(int slot) {
        if (slot < 0 || slot > 8) {
            throw new IllegalArgumentException("No port for service slot " + slot + ": 8081..8089 hold nine processes");
        }
        return 8081 + slot + offset;
    }

    public int keycloak() {
        return 8180 + offset;
    }

    public int postgres() {
        return 15432 + offset;
    }

    public int kafka() {
        return 19092 + offset;
    }

    public int smtp() {
        return 3025 + offset;
    }

    public int imap() {
        return 3143 + offset;
    }

    public int mailApi() {
        return 8090 + offset;
    }

    public int irc() {
        return 16667 + offset;
    }
}
