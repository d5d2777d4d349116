package org.incidentdesk.intake.mailbox;

import java.io.IOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.platform.lifecycle.NotRunning;

/**
 * Reads the private reports mailbox over IMAP: every unread message is filed as a report, then marked read.
 * Messages are never deleted here; one that cannot be filed stays unread and is tried again on the next poll.
 */
@ApplicationScoped
public class ReportsMailboxPoller {

    private static final Logger LOG = Logger.getLogger(ReportsMailboxPoller.class);

    private final IntakeConfig.Mailbox mailbox;
    private final MailboxIntake intake;

    public ReportsMailboxPoller(IntakeConfig config, MailboxIntake intake) {
        this.mailbox = config.mailbox();
        this.intake = intake;
    }

    @Scheduled(every = "${incident-desk.intake.mailbox.poll-interval:30s}", delayed = "2s",
            skipExecutionIf = NoMailbox.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        Properties properties = new Properties();
        properties.put("mail." + mailbox.protocol() + ".connectiontimeout", "5000");
        properties.put("mail." + mailbox.protocol() + ".timeout", "10000");
        try (Store store = Session.getInstance(properties).getStore(mailbox.protocol())) {
            store.connect(mailbox.host().orElseThrow(), mailbox.port(), mailbox.username().orElse(null),
                    mailbox.password().orElse(null));
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    takeIn(message);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            LOG.warnf("Reports mailbox not read: %s", e.getClass().getSimpleName());
        }
    }

    private void takeIn(Message message) {
        try {
            intake.takeIn(MessageReader.read(message))
                    .ifPresent(reportId -> LOG.infof("Emailed report filed as %s", reportId));
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Unread, so tried again; the log names neither the sender nor the content.
            LOG.warnf("A message of the reports mailbox could not be filed (%s); it stays unread",
                    e.getClass().getSimpleName());
        }
    }

    /** Skips polling when no mailbox is configured, or while the application is not running. */
    @Singleton
    public static class NoMailbox implements Scheduled.SkipPredicate {

        private final IntakeConfig config;
        private final NotRunning notRunning;

        public NoMailbox(IntakeConfig config, NotRunning notRunning) {
            this.config = config;
            this.notRunning = notRunning;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return config.mailbox().host().isEmpty() || notRunning.test(execution);
        }
    }
}
