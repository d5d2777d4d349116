package org.incidentdesk.platform.lifecycle;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Skips scheduled runs while the application is not running: until every start-up observer has run (the
 * scheduler starts before Reactive Messaging has connected the channels), and from the start of shutdown on
 * (so that no run meets a closed database or channel). Use with {@code @Scheduled(skipExecutionIf = NotRunning.class)}.
 */
@Singleton
public class NotRunning implements Scheduled.SkipPredicate {

    private volatile boolean running;

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        running = true;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        running = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !running;
    }
}
