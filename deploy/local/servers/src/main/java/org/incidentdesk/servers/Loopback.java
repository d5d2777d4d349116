package org.incidentdesk.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** The loopback address every server binds to, and the port helpers that go with it. */
public final class Loopback {

    /** Every server listens here, never on an external interface. */
    public static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    /** A port that was free on {@link #HOST} a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on " + HOST, e);
        }
    }

    /** {@code port} itself, or a free port when {@code port} is 0. */
    public static int portOrFree(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        return port == 0 ? freePort() : port;
    }

    /** Whether something accepts TCP connections on {@code port} of {@link #HOST}. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
