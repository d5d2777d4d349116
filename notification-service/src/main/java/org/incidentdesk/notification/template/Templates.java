package org.incidentdesk.notification.template;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Every message a person reads, type-checked at build time. */
public final class Templates {

    private Templates() {
    }

    @CheckedTemplate(basePath = "email")
    public static class Email {
        public static native TemplateInstance acknowledgement(String reference, String community, int replyWithinDays);
    }

    @CheckedTemplate(basePath = "chat")
    public static class Chat {
        public static native TemplateInstance caseOpened(String reference, String title, String community, String link);

        public static native TemplateInstance confidentialCaseOpened(String reference, String link);
    }
}
