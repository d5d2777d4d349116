package org.incidentdesk.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.incidentdesk.events.EmergencyType;

class EmergencyLanguageTest {

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', value = {
            "He wrote that he is going to kill you all            | THREAT_OF_VIOLENCE",
            "They posted that they know where you live            | THREAT_OF_VIOLENCE",
            "I feel suicidal after these messages                 | POSSIBLE_SELF_HARM",
            "Er schreibt, er will sich selbstmord antun            | POSSIBLE_SELF_HARM",
            "Il a écrit qu'il allait te tuer                      | THREAT_OF_VIOLENCE",
            "A user announced a school shooting on the talk page  | PUBLIC_HARM_THREATENING_MESSAGE",
            "Someone threatened to plant a bomb at the meetup     | PUBLIC_HARM_THREATENING_MESSAGE",
    })
    void findsWordsThatSuggestAnEmergency(String text, EmergencyType expected) {
        assertThat(EmergencyLanguage.suggestedBy(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" suggests nothing")
    @CsvSource(delimiter = '|', value = {
            "He keeps reverting my edits                          | ",
            "This bug kills the search page                       | ",
            "Skills you need to edit templates                    | ",
            "The bombastic tone of the talk page                  | ",
    })
    void leavesOrdinaryReportsAlone(String text, String nothing) {
        assertThat(EmergencyLanguage.suggestedBy(text, null)).isEmpty();
    }
}
