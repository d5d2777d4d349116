package org.incidentdesk.platform.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/**
 * Ready only while the Kafka broker answers, within a bound short enough for a readiness probe. (Quarkus' own
 * check waits for the admin client's default API timeout, a minute.) Liveness does not depend on the broker:
 * a restart would not bring it back.
 */
@Readiness
@ApplicationScoped
public class KafkaBrokerReadinessCheck implements HealthCheck {

    private final Map<String, Object> kafkaConfig;
    private final Duration timeout;
    private volatile AdminClient admin;

    public KafkaBrokerReadinessCheck(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "incident-desk.health.broker-timeout", defaultValue = "2s") Duration timeout) {
        this.kafkaConfig = kafkaConfig;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("Kafka broker").up().withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka broker").down()
                    .withData("reason", "no answer within " + timeout.toMillis() + " ms").build();
        }
    }

    private AdminClient admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = AdminClient.create(adminConfig());
                }
            }
        }
        return admin;
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value.toString());
            }
        });
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return config;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
