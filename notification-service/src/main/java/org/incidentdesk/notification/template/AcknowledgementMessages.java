package org.incidentdesk.notification.template;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The acknowledgement to a reporter. Translations: {@code messages/ack_<language>.properties}. */
@MessageBundle(value = "ack", locale = "en")
public interface AcknowledgementMessages {

    @Message("We received your report ({reference})")
    String subject(String reference);

    @Message("Thank you for your report to the {community} community. It has been received and recorded as {reference}.")
    String received(String community, String reference);

    @Message("A member of our team will reply to you within {days} days.")
    String replyWithin(int days);

    @Message("Please keep this report and our conversation confidential, as we will.")
    String confidentiality();
}
