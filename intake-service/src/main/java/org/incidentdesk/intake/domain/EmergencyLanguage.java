package org.incidentdesk.intake.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.incidentdesk.events.EmergencyType;

/**
 * Words in a report's summary and details that suggest an emergency its reporter did not declare (in English,
 * German, French and Spanish). Intake reads them because only intake sees the text; the event carries only the
 * kinds of emergency suggested, and routing flags such reports for human review without upgrading them.
 */
public final class EmergencyLanguage {

    private static final Map<EmergencyType, Pattern> SIGNS = new LinkedHashMap<>();

    static {
        SIGNS.put(EmergencyType.POSSIBLE_SELF_HARM, words(
                "suicid(e|al)", "kill(ing)? myself", "end(ing)? my life", "self[- ]harm(ing)?", "hurt(ing)? myself",
                "selbstmord", "suizid(al)?", "mich umbringen", "me tuer", "me suicider", "quitarme la vida",
                "suicidarme"));
        SIGNS.put(EmergencyType.THREAT_OF_VIOLENCE, words(
                "(will|gonna|going to) (kill|shoot|stab|hurt) (you|him|her|them)", "kill you", "death threats?",
                "threaten(ed|s|ing)? to (kill|hurt|beat|shoot)", "know where you live", "dich umbringen",
                "bringe? dich um", "te tuer", "matarte"));
        SIGNS.put(EmergencyType.PUBLIC_HARM_THREATENING_MESSAGE, words(
                "(school|mass) shooting", "blow (it |this |the \\w+ )?up", "bomb (threat|the)", "plant(ed)? a bomb",
                "attack (on|at) the", "amoklauf", "bombe", "attentat"));
    }

    private EmergencyLanguage() {
    }

    /** The kinds of emergency the texts suggest, in a fixed order; empty when none. */
    public static List<EmergencyType> suggestedBy(String... texts) {
        List<EmergencyType> suggested = new ArrayList<>();
        SIGNS.forEach((type, pattern) -> {
            for (String text : texts) {
                if (text != null && pattern.matcher(text).find()) {
                    suggested.add(type);
                    return;
                }
            }
        });
        return suggested;
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
