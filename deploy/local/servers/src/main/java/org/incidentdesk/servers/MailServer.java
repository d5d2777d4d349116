package org.incidentdesk.servers;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * GreenMail standalone as its own JVM: SMTP and IMAP with authentication disabled (any sender, any recipient, any
 * password; mailboxes appear on first delivery) and its REST API, read by {@link MailInbox}. Mail is kept in memory
 * only; the data folder holds the output {@code greenmail.log}.
 */
public final class MailServer implements AutoCloseable {

    private static final String MAIN_CLASS = "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;
    private final int smtpPort;
    private final int imapPort;
    private final URI apiUrl;

    private MailServer(ChildProcess process, int smtpPort, int imapPort, URI apiUrl) {
        this.process = process;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiUrl = apiUrl;
    }

    /**
     * Starts GreenMail and returns once its API reports it ready. Each port may be 0 for a free one.
     *
     * @param dataDir folder for the output log; null for a temporary one
     */
    public static MailServer start(Path dataDir, int smtpPort, int imapPort, int apiPort) {
        return ServerDirectory.startIn(dataDir, "greenmail", directory -> {
            int smtp = Loopback.portOrFree(smtpPort);
            int imap = Loopback.portOrFree(imapPort);
            int api = Loopback.portOrFree(apiPort);
            List<String> options = List.of(
                    "-Xms32m", "-Xmx256m",
                    "-Dgreenmail.hostname=" + Loopback.HOST,
                    "-Dgreenmail.smtp.port=" + smtp,
                    "-Dgreenmail.imap.port=" + imap,
                    "-Dgreenmail.api.port=" + api,
                    "-Dgreenmail.auth.disabled");
            ChildProcess process = ChildProcess.builder("GreenMail")
                    .command(ToolRuntime.named("greenmail").javaCommand(options, MAIN_CLASS))
                    .logFile(directory.resolve("greenmail.log"))
                    .onClose(directory::close)
                    .start();
            URI apiUrl = URI.create("http://" + Loopback.HOST + ":" + api);
            process.awaitHttpOk(apiUrl.resolve("/api/service/readiness"), START_TIMEOUT);
            return new MailServer(process, smtp, imap, apiUrl);
        });
    }

    public String host() {
        return Loopback.HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Base URL of the GreenMail REST API, e.g. {@code http://127.0.0.1:8080}. */
    public URI apiUrl() {
        return apiUrl;
    }

    /** Reads what arrived, through the REST API. */
    public MailInbox inbox() {
        return new MailInbox(apiUrl);
    }

    /** Stops GreenMail (and deletes a temporary data folder); the mail is gone. */
    @Override
    public void close() {
        process.close();
    }
}
