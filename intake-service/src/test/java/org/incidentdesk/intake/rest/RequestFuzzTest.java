package org.incidentdesk.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.service.ReportRules;
import org.incidentdesk.intake.service.ServiceCatalogue;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * Coverage-guided fuzzing (Jazzer) of what every request body of the intake API goes through before it is
 * stored: JSON parsing into the wire records, bean validation, mapping to the domain and the cross-field rules.
 * Any input must end in an accepted report or in an exception the problem mappers answer with a 4xx: a
 * {@link JsonProcessingException} (400), constraint violations (400) or a {@link ProblemException} below 500.
 * Anything else would be a 500.
 * <p>
 * {@code ./mvnw test} replays the seed corpus ({@code src/test/resources/.../RequestFuzzTestInputs}); fuzzing
 * proper runs with {@code JAZZER_FUZZ=1 ./mvnw -pl intake-service test -Dtest=RequestFuzzTest}.
 */
class RequestFuzzTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // as the platform configures Quarkus
            .build();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();
    private static final ReportRules RULES = new ReportRules(new ServiceCatalogue(defaultConfig()));
    private static final List<Class<?>> BODIES = List.of(AnonymousReportRequest.class, MemberReportRequest.class,
            DeclaredIncidentRequest.class, AlertWebhook.class, ErasureRequest.class);

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({ "\"report\"", "\"reporter\"", "\"kind\"", "\"community\"", "\"summary\"",
            "\"details\"", "\"affectedService\"", "\"emergencyType\"", "\"behaviour\"", "\"where\"",
            "\"revision\"", "\"since\"", "\"url\"", "\"impact\"", "\"username\"", "\"accountCreatedAt\"",
            "\"editCount\"", "\"groups\"", "\"email\"", "\"alerts\"", "\"labels\"", "\"status\"",
            "\"version\"", "\"OUTAGE\"", "\"EMERGENCY\"", "\"CONDUCT\"", "\"OTHER\"", "\"DATA_LOSS\"",
            "\"THREAT_OF_VIOLENCE\"", "\"SPAM\"", "\"FULL_OUTAGE\"", "\"MediaWiki\"", "\"en.example\"",
            "\"2026-11-20T10:00:00Z\"", "\"https://x.example/\"", "\"firing\"", "null", "true", "{", "}", "[", "]", ":", "," })
    void everyBodyIsAcceptedOrRefusedWithAClientError(FuzzedDataProvider data) {
        Class<?> type = BODIES.get(data.consumeInt(0, BODIES.size() - 1));
        String body = data.consumeRemainingAsString();
        Object request;
        try {
            request = JSON.readValue(body, type);
        } catch (JsonProcessingException refusedWith400) {
            return;
        }
        if (request == null) {
            return; // a JSON null body: refused by @NotNull on the resource parameter (400)
        }
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            violations.forEach(violation -> assertThat(violation.getPropertyPath().toString()).isNotBlank());
            return;
        }
        Report report;
        if (request instanceof AnonymousReportRequest anonymous) {
            report = ReportMapper.toEntity(anonymous);
        } else if (request instanceof MemberReportRequest member) {
            ReportMapper.toMember(member.reporter());
            report = ReportMapper.toEntity(member);
        } else if (request instanceof DeclaredIncidentRequest declared) {
            report = ReportMapper.toEntity(declared, "staff-member");
        } else {
            return;
        }
        try {
            RULES.check(report);
        } catch (ProblemException refused) {
            assertThat(refused.status()).isBetween(400, 499);
            assertThat(refused.violations()).isNotEmpty();
        }
    }

    private static IntakeConfig defaultConfig() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(IntakeConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()) // "3h", as Quarkus reads it
                .withDefaultValues(Map.of(
                        "incident-desk.intake.encryption.master-keyset", "unused",
                        "incident-desk.intake.encryption.index-key", "unused"))
                .build();
        return config.getConfigMapping(IntakeConfig.class);
    }
}
