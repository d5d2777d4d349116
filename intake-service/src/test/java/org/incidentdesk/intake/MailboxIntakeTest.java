package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/** The private reports mailbox, read over IMAP from a real GreenMail server. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
class MailboxIntakeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void anEmailToTheReportsMailboxBecomesAConfidentialConductReport() throws MessagingException {
        String marker = UUID.randomUUID().toString();
        String sender = "carol-" + marker.substring(0, 8) + "@example.org";
        send(sender, "Harassment by a user " + marker, "<p>He wrote <b>threats</b> on my talk page</p>");

        String record = KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED,
                value -> value.contains("\"EMAIL\""), TIMEOUT);
        ReportSubmitted report = EventCodec.decode(record, ReportSubmitted.class).payload();
        assertThat(report.kind()).isEqualTo(ReportKind.CONDUCT);
        assertThat(report.source()).isEqualTo(ReportSource.EMAIL);
        assertThat(report.reporterReachable()).as("the sender is acknowledged by notification-service").isTrue();
        assertThat(record).doesNotContain(sender).doesNotContain(marker);

        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).get("/api/reports/" + report.reportId())
                .then().statusCode(200)
                .body("content.summary", equalTo("Harassment by a user " + marker))
                .body("content.details", equalTo("He wrote threats on my talk page"));
        given().auth().oauth2(TestTokens.client("notification-service", "contact-reader"))
                .get("/api/reports/" + report.reportId() + "/contact")
                .then().statusCode(200).body("email", equalTo(sender));
    }

    private static void send(String from, String subject, String html) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", ConfigProvider.getConfig().getValue(MailTestResource.MAIL_HOST, String.class));
        properties.put("mail.smtp.port", ConfigProvider.getConfig().getValue("quarkus.mailer.port", String.class));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reports@localhost"));
        message.setSubject(subject);
        message.setContent(html, "text/html; charset=utf-8");
        Transport.send(message);
    }
}
