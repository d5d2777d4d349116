package org.incidentdesk.testsupport.servers;

import java.net.URI;

/** Where the GreenMail server of the tests accepts SMTP and IMAP, and the base URL of its REST API. */
public record MailEndpoint(String host, int smtpPort, int imapPort, URI apiUrl) {
}
