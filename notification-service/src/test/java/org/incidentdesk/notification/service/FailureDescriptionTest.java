package org.incidentdesk.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureDescriptionTest {

    @Test
    void addressesAndWebAddressesNeverReachTheRecord() {
        String described = FailureDescription.of(new IllegalArgumentException(
                "Illegal character at index 40: https://hooks.example.org/services/T000/B000/SECRET\n for alice@example.org"));

        assertThat(described).isEqualTo("IllegalArgumentException: Illegal character at index 40: <url>\n for <address>")
                .doesNotContain("SECRET").doesNotContain("alice");
    }
}
