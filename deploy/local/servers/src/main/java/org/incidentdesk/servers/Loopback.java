package org.incidentdesk.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The loopback address every server binds to, and the port helpers that go with it. */
public final class Loopback {

    /** Every server listens here, never on an external interface. */
    public static final String HOST = "127.0.0.1";

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Loopback() {
    }

    /**
     * A port that was free on {@link #HOST} a moment ago and that this JVM has not handed out before: the
     * operating system may offer a just-released port again, and two servers of one start (SMTP and the mail
     * API, say) must not both get it.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = anyFreePort();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port on " + HOST + " that was not handed out already");
    }

    private static int anyFreePort() {
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
