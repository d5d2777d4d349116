package org.incidentdesk.notification.template;

import java.util.Locale;
import java.util.Set;

/** The languages messages are written in; others fall back to English. */
public final class Languages {

    public static final Locale FALLBACK = Locale.ENGLISH;
    private static final Set<String> SUPPORTED = Set.of("en", "de");

    private Languages() {
    }

    public static Locale forTag(String languageTag) {
        if (languageTag == null) {
            return FALLBACK;
        }
        Locale requested = Locale.forLanguageTag(languageTag);
        return SUPPORTED.contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage()) : FALLBACK;
    }
}
