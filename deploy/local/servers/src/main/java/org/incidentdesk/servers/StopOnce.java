package org.incidentdesk.servers;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The stop action of a server: runs exactly once, when closed or when the JVM exits, whichever comes first, so a
 * server left open by its user does not outlive the JVM.
 */
final class StopOnce implements AutoCloseable {

    private final Runnable action;
    private final AtomicBoolean done = new AtomicBoolean();
    private final Thread shutdownHook;

    private StopOnce(String name, Runnable action) {
        this.action = action;
        this.shutdownHook = new Thread(this::runOnce, "stop-" + name);
    }

    static StopOnce atCloseOrExit(String name, Runnable action) {
        StopOnce stop = new StopOnce(name, action);
        Runtime.getRuntime().addShutdownHook(stop.shutdownHook);
        return stop;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs or ran the action: runOnce below does not repeat it
        }
        runOnce();
    }

    private void runOnce() {
        if (done.compareAndSet(false, true)) {
            action.run();
        }
    }
}
