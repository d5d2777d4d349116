package org.incidentdesk.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/** The Ingress routes exactly what the local gateway routes (deploy/gateway-routes.yaml), to the same services. */
class GatewayRoutesMatchTest {

    @Test
    @SuppressWarnings("unchecked")
    void theIngressAndTheLocalGatewayShareOneRouteTable() throws Exception {
        Map<String, Object> local = RenderedChart.YAML.readValue(Path.of("../gateway-routes.yaml").toFile(), Map.class);
        Map<String, String> localRoutes = ((List<Map<String, String>>) local.get("routes")).stream()
                .collect(Collectors.toMap(route -> route.get("prefix"), route -> "desk-" + route.get("service")));

        Ingress ingress = RenderedChart.of(ChartTest.SMALL).all(Ingress.class).get(0);
        Map<String, String> ingressRoutes = ingress.getSpec().getRules().get(0).getHttp().getPaths().stream()
                .collect(Collectors.toMap(path -> path.getPath(), path -> path.getBackend().getService().getName()));

        assertThat(ingressRoutes).isEqualTo(localRoutes);
    }
}
