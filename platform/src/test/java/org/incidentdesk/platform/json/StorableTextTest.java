package org.incidentdesk.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class StorableTextTest {

    record Note(String text, List<String> tags) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    StorableTextTest() {
        new StorableText().customize(mapper);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\\u0000b", "vertical\\u000btab", "bell\\u0007", "\\ufffe", "\\uffff", "\\ud800",
            "x\\udc00y" })
    void aTextWithACharacterNoTextMayHoldIsRefusedNamingItsField(String escaped) {
        assertThatThrownBy(() -> mapper.readValue("{\"text\": \"" + escaped + "\"}", Note.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, refused -> {
                    assertThat(refused.getPath().get(0).getFieldName()).isEqualTo("text");
                    assertThat(refused.getOriginalMessage()).isEqualTo(StorableText.REASON);
                });
    }

    @Test
    void whatIsReadBackAsStoredStaysReadable() throws Exception {
        assertThat(StoredJson.mapper().readValue("{\"text\": \"vertical\\u000btab \\ud800\"}", Note.class).text())
                .isEqualTo("vertical\u000btab \ud800");
    }

    @Test
    void listsAreCheckedToo() {
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [\"ok\", \"\\u0000\"]}", Note.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void otherTextsReadAsBefore() throws Exception {
        assertThat(mapper.readValue("{\"text\": \"<b>\\u00e9\\t\\r\\n \\ud83d\\ude00</b>\", \"tags\": [\"x\"]}",
                Note.class)).isEqualTo(new Note("<b>\u00e9\t\r\n \ud83d\ude00</b>", List.of("x")));
    }
}
