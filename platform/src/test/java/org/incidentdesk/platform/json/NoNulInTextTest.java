package org.incidentdesk.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class NoNulInTextTest {

    record Note(String text, List<String> tags) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    NoNulInTextTest() {
        new NoNulInText().customize(mapper);
    }

    @Test
    void aTextWithTheNulCharacterIsRefusedNamingItsField() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\": \"a\\u0000b\"}", Note.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, refused -> {
                    assertThat(refused.getPath().get(0).getFieldName()).isEqualTo("text");
                    assertThat(refused.getOriginalMessage()).isEqualTo("must not contain the NUL character");
                });
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [\"ok\", \"\\u0000\"]}", Note.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void otherTextsReadAsBefore() throws Exception {
        assertThat(mapper.readValue("{\"text\": \"<b>\\u00e9\\t</b>\", \"tags\": [\"x\"]}", Note.class))
                .isEqualTo(new Note("<b>\u00e9\t</b>", List.of("x")));
    }
}
