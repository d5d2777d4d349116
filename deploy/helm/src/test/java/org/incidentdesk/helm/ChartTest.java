package org.incidentdesk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The chart, rendered with each example values file, as an operator's cluster would get it. */
class ChartTest {

    static final Path SMALL = Path.of("examples/values-small.yaml");
    static final Path HIGHLY_AVAILABLE = Path.of("examples/values-ha.yaml");
    static final Set<String> SERVICES = Set.of("intake-service", "routing-service", "case-service",
            "postmortem-service", "notification-service");

    static Stream<Path> valuesFiles() {
        return Stream.of(SMALL, HIGHLY_AVAILABLE);
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void lintStrictPasses(Path values, @TempDir Path copy) throws Exception {
        LintResult lint = new Helm(RenderedChart.chartWithValues(values, copy)).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void everyDeploymentHasProbesResourcesAndALockedDownContainer(Path values) {
        RenderedChart chart = RenderedChart.of(values);
        List<Deployment> deployments = chart.all(Deployment.class);
        assertThat(deployments).extracting(d -> d.getSpec().getTemplate().getMetadata().getLabels()
                .get("app.kubernetes.io/name")).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Deployment deployment : deployments) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String name = deployment.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            assertThat(chart.all(ServiceAccount.class)).extracting(sa -> sa.getMetadata().getName())
                    .as(name).contains(pod.getServiceAccountName());
            Container container = pod.getContainers().get(0);
            assertThat(container.getStartupProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/started");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/live");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/ready");
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(container.getVolumeMounts()).as(name + ": a writable /tmp")
                    .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));

            Map<String, String> settings = configOf(chart, container);
            long shutdown = seconds(settings.get("QUARKUS_SHUTDOWN_DELAY"))
                    + seconds(settings.get("QUARKUS_SHUTDOWN_TIMEOUT"));
            assertThat(pod.getTerminationGracePeriodSeconds()).as(name + ": grace period beyond delay + timeout")
                    .isGreaterThan(shutdown);
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void servicesSelectPodsAndTheIngressReachesServices(Path values) {
        RenderedChart chart = RenderedChart.of(values);
        List<Map<String, String>> podLabels = chart.all(Deployment.class).stream()
                .map(d -> d.getSpec().getTemplate().getMetadata().getLabels()).toList();
        for (Service service : chart.all(Service.class)) {
            assertThat(podLabels).as(service.getMetadata().getName() + " selects pods")
                    .anySatisfy(labels -> assertThat(labels).containsAllEntriesOf(service.getSpec().getSelector()));
        }
        Map<String, Service> services = chart.all(Service.class).stream()
                .collect(Collectors.toMap(s -> s.getMetadata().getName(), s -> s));
        Ingress ingress = chart.all(Ingress.class).get(0);
        for (HTTPIngressPath path : ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
            Service backend = services.get(path.getBackend().getService().getName());
            assertThat(backend).as(path.getPath() + " reaches an existing Service").isNotNull();
            assertThat(backend.getSpec().getPorts()).extracting(port -> port.getName())
                    .contains(path.getBackend().getService().getPort().getName());
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void noSecretValueIsRenderedInAConfigMap(Path values) {
        RenderedChart chart = RenderedChart.of(values);
        for (ConfigMap config : chart.all(ConfigMap.class)) {
            assertThat(config.getData().keySet()).as(config.getMetadata().getName())
                    .noneMatch(key -> key.matches(".*(PASSWORD|SECRET|TOKEN|KEYSET|INDEX_KEY|JAAS).*"));
            assertThat(config.getData().values()).as(config.getMetadata().getName())
                    .noneMatch(value -> value.toLowerCase().matches(".*(password=|secret=|begin .*private key).*"));
        }
        List<String> secretsReferenced = chart.all(Deployment.class).stream()
                .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream())
                .filter(env -> env.getName().matches(".*(PASSWORD|SECRET|KEYSET|INDEX_KEY).*"))
                .filter(env -> env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null)
                .map(env -> env.getName()).toList();
        assertThat(secretsReferenced).as("secrets come from Secrets only").isEmpty();
    }

    @Test
    void aSmallInstallHasOneReplicaEachAndNoBudgetsOrAutoscalers() {
        RenderedChart chart = RenderedChart.of(SMALL);
        assertThat(chart.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(chart.all(PodDisruptionBudget.class)).isEmpty();
        assertThat(chart.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(chart.all(NetworkPolicy.class)).hasSize(SERVICES.size());
    }

    @Test
    void aHighlyAvailableInstallSpreadsScalesAndKeepsPodsThroughDisruptions() {
        RenderedChart chart = RenderedChart.of(HIGHLY_AVAILABLE);
        assertThat(chart.all(PodDisruptionBudget.class)).hasSize(SERVICES.size())
                .allSatisfy(pdb -> assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(2));
        assertThat(chart.all(HorizontalPodAutoscaler.class)).hasSize(SERVICES.size())
                .allSatisfy(hpa -> assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3));
        assertThat(chart.all(Deployment.class)).allSatisfy(d -> {
            assertThat(d.getSpec().getReplicas()).as("the autoscaler owns the count").isNull();
            assertThat(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .as("each service's own replicas spread over zones and nodes")
                    .extracting(spread -> spread.getTopologyKey())
                    .containsExactly("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            assertThat(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .allSatisfy(spread -> assertThat(spread.getLabelSelector().getMatchLabels())
                            .isEqualTo(d.getSpec().getSelector().getMatchLabels()));
        });
        Deployment notification = chart.all(Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("desk-notification-service")).findFirst().orElseThrow();
        assertThat(notification.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .anySatisfy(env -> assertThat(env.getName()).isEqualTo("KAFKA_SASL_JAAS_CONFIG"));
    }

    @Test
    void eachServiceTakesTrafficOnlyFromWhoNeedsIt() {
        Map<String, NetworkPolicy> policies = RenderedChart.of(SMALL).all(NetworkPolicy.class).stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), p -> p));
        assertThat(callersOf(policies.get("desk-case-service")))
                .containsExactlyInAnyOrder("notification-service", "postmortem-service");
        assertThat(callersOf(policies.get("desk-intake-service"))).containsExactly("notification-service");
        assertThat(callersOf(policies.get("desk-routing-service"))).isEmpty();
        assertThat(policies.values()).allSatisfy(policy -> assertThat(policy.getSpec().getPolicyTypes())
                .containsExactlyInAnyOrder("Ingress", "Egress"));
    }

    @Test
    void requiredSettingsAreNamedWhenMissing() {
        assertThatThrownBy(() -> RenderedChart.template(Path.of("incident-desk/values.yaml")))
                .hasMessageContaining("is required");
    }

    private static List<String> callersOf(NetworkPolicy policy) {
        return policy.getSpec().getIngress().stream().flatMap(rule -> rule.getFrom().stream())
                .filter(peer -> peer.getPodSelector() != null)
                .map(peer -> peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")).toList();
    }

    private static Map<String, String> configOf(RenderedChart chart, Container container) {
        String name = container.getEnvFrom().get(0).getConfigMapRef().getName();
        return chart.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow().getData();
    }

    private static long seconds(String duration) {
        return Long.parseLong(duration.replaceAll("[^0-9]", ""));
    }
}
