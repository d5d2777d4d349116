package org.incidentdesk.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The chart as Kubernetes would receive it: rendered by helm (bundled by helm-java) with a values file, each
 * document read into the fabric8 model of its kind. A field the model does not know is an error, not a silently
 * kept extra.
 */
final class RenderedChart {

    static final Path CHART = Path.of("incident-desk");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Deployment", Deployment.class,
            "Service", Service.class,
            "ServiceAccount", ServiceAccount.class,
            "ConfigMap", ConfigMap.class,
            "Ingress", Ingress.class,
            "NetworkPolicy", NetworkPolicy.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    final List<HasMetadata> objects;

    private RenderedChart(List<HasMetadata> objects) {
        this.objects = objects;
    }

    static String template(Path valuesFile) {
        return new Helm(CHART).template().withName("desk").withNamespace("incident-desk")
                .withValuesFile(valuesFile).call();
    }

    static RenderedChart of(Path valuesFile) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : template(valuesFile).split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> tree = YAML.readValue(document, Map.class);
                if (tree == null || tree.isEmpty()) {
                    continue;
                }
                Class<? extends HasMetadata> type = KINDS.get(String.valueOf(tree.get("kind")));
                if (type == null) {
                    throw new AssertionError("The chart renders a kind the tests do not know: " + tree.get("kind"));
                }
                HasMetadata object = YAML.convertValue(tree, type);
                List<String> unknown = new ArrayList<>();
                findUnknownFields(object, object.getKind() + "/" + object.getMetadata().getName(), unknown);
                if (!unknown.isEmpty()) {
                    throw new AssertionError("Fields the Kubernetes model does not know: " + unknown);
                }
                objects.add(object);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RenderedChart(objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .sorted(Comparator.comparing(o -> o.getMetadata().getName())).toList();
    }

    /**
     * The values a lint of the chart with this file sees: helm-java's lint takes no values file, so the chart is
     * copied with the file merged into its values.yaml.
     */
    static Path chartWithValues(Path valuesFile, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path target = into.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> defaults = YAML.readValue(CHART.resolve("values.yaml").toFile(), LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> given = YAML.readValue(valuesFile.toFile(), LinkedHashMap.class);
        Files.writeString(into.resolve("values.yaml"), YAML.writeValueAsString(merged(defaults, given)));
        return into;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        over.forEach((key, value) -> result.merge(key, value, (a, b) -> a instanceof Map && b instanceof Map
                ? merged((Map<String, Object>) a, (Map<String, Object>) b) : b));
        return result;
    }

    /** Walks the model: a non-empty {@code additionalProperties} anywhere is a field the model does not know. */
    private static void findUnknownFields(Object node, String path, List<String> unknown) {
        if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            if (node instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    findUnknownFields(item, path + "[" + i++ + "]", unknown);
                }
            } else if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> findUnknownFields(value, path + "." + key, unknown));
            }
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + ": " + extra.keySet());
                    }
                } else {
                    findUnknownFields(value, path + "." + getter.getName().substring(3), unknown);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
