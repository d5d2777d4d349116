package org.incidentdesk.platform.outbox;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Skips scheduled relay runs until every start-up observer has run: the scheduler starts before Reactive
 * Messaging has connected the relay's channel.
 */
@Singleton
public class ApplicationStarted implements Scheduled.SkipPredicate {

    private volatile boolean started;

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        started = true;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
