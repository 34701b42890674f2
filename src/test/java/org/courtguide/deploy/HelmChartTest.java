package org.courtguide.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart as Kubernetes would receive it: lint, then render with the default and the production values and
 * check what an operator relies on (probes, non-root read-only pods, autoscaling, credentials only by reference).
 */
class HelmChartTest {

    private static final Path CHART = Path.of("helm", "court-guide");
    private static final String KUBE = "1.30.0";

    @Test
    void the_chart_lints_clean() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void default_values_render_a_hardened_deployment_with_health_probes() {
        List<Map<String, Object>> manifests = render(null);
        Map<String, Object> deployment = only(manifests, "Deployment");
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        Map<String, Object> container = first(pod, "containers");

        assertThat(at(container, "startupProbe", "httpGet").get("path")).isEqualTo("/q/health/started");
        assertThat(at(container, "livenessProbe", "httpGet").get("path")).isEqualTo("/q/health/live");
        assertThat(at(container, "readinessProbe", "httpGet").get("path")).isEqualTo("/q/health/ready");
        Map<String, Object> security = at(container, "securityContext");
        assertThat(security)
                .containsEntry("runAsNonRoot", true)
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(at(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        assertThat(at(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat(at(container, "resources", "limits")).containsKey("memory");
        // the only writable paths are emptyDirs
        List<Map<String, Object>> volumes = list(pod, "volumes");
        assertThat(volumes).isNotEmpty().allSatisfy(v -> assertThat(v).containsKey("emptyDir"));

        assertThat(kinds(manifests))
                .contains("Service", "ConfigMap", "ServiceAccount", "HorizontalPodAutoscaler", "PodDisruptionBudget");
        Map<String, Object> hpa = only(manifests, "HorizontalPodAutoscaler");
        assertThat(at(hpa, "spec")).containsEntry("minReplicas", 2).containsEntry("maxReplicas", 10);
        // with the HPA on, the Deployment must not fight it over the replica count
        assertThat(at(deployment, "spec")).doesNotContainKey("replicas");
    }

    @Test
    void production_values_add_tls_ingress_network_policy_and_take_every_credential_from_the_existing_secret() {
        List<Map<String, Object>> manifests = render(CHART.resolve("values-prod.yaml"));
        Map<String, Object> container =
                first(at(only(manifests, "Deployment"), "spec", "template", "spec"), "containers");

        Map<String, Object> ingress = only(manifests, "Ingress");
        assertThat(first(at(ingress, "spec"), "tls")).containsEntry("secretName", "court-guide-tls");
        List<Map<String, Object>> env = list(container, "env");
        List<String> fromSecret = env.stream()
                .filter(e -> e.containsKey("valueFrom"))
                .filter(e -> at(e, "valueFrom").containsKey("secretKeyRef"))
                .peek(e -> assertThat(at(e, "valueFrom", "secretKeyRef")).containsEntry("name", "court-guide-secrets"))
                .map(e -> (String) e.get("name"))
                .toList();
        assertThat(fromSecret)
                .contains(
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "COURT_GUIDE_QDRANT_API_KEY",
                        "COURT_GUIDE_MODEL_API_KEY",
                        "QUARKUS_OIDC_CREDENTIALS_SECRET",
                        "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY");
        assertThat(env)
                .noneSatisfy(e -> assertThat((String) e.get("name"))
                        .containsAnyOf("PASSWORD", "API_KEY", "SECRET")
                        .satisfies(n -> assertThat(e).containsKey("value")));
        assertThat(kinds(manifests)).doesNotContain("Secret");

        Map<String, Object> config = only(manifests, "ConfigMap");
        Map<String, Object> data = at(config, "data");
        assertThat(data)
                .containsEntry("QUARKUS_PROFILE", "kubernetes")
                .containsEntry("COURT_GUIDE_INDEX_BACKEND", "qdrant")
                .containsEntry("COURT_GUIDE_QDRANT_USE_TLS", "true")
                .containsEntry("COURT_GUIDE_QDRANT_REPLICATION_FACTOR", "2");
        assertThat(data.keySet()).noneMatch(k -> k.contains("PASSWORD") || k.contains("API_KEY"));
        assertThat(at(only(manifests, "PodDisruptionBudget"), "spec")).containsEntry("minAvailable", 2);
    }

    @Test
    void every_replica_signs_form_tokens_with_the_same_key_from_the_secret() throws IOException {
        // a per-pod random key would refuse a form served by one replica and sent to another
        for (Path values : new Path[] {CHART.resolve("values.yaml"), CHART.resolve("values-prod.yaml")}) {
            Map<String, Object> container =
                    first(at(only(render(values), "Deployment"), "spec", "template", "spec"), "containers");
            Map<String, Object> key = list(container, "env").stream()
                    .filter(e -> "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY".equals(e.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no CSRF signing key in " + values.getFileName()));
            assertThat(at(key, "valueFrom", "secretKeyRef"))
                    .containsEntry("name", "court-guide-secrets")
                    .containsEntry("key", "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY")
                    .containsEntry("optional", false);
        }
        // and the kubernetes profile insists on it: a missing key stops the start instead of making one up
        assertThat(Files.readAllLines(Path.of("src/main/resources/application.properties")))
                .contains("%kubernetes.quarkus.rest-csrf.token-signature-key=${QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY}");
    }

    @Test
    void the_keycloak_realm_is_rendered_as_a_configmap_from_the_file_copied_into_the_chart(@TempDir Path temp)
            throws IOException {
        Path chart = copyChart(temp);
        Files.writeString(chart.resolve("files/court-guide-realm.json"), "{\"realm\": \"court-guide\"}");

        List<Map<String, Object>> manifests = parse(new Helm(chart)
                .template()
                .withKubeVersion(KUBE)
                .set("keycloakRealm.enabled", true)
                .call());

        Map<String, Object> realm = manifests.stream()
                .filter(m -> "ConfigMap".equals(m.get("kind")))
                .filter(m -> ((String) at(m, "metadata").get("name")).endsWith("keycloak-realm"))
                .findFirst()
                .orElseThrow();
        assertThat((String) at(realm, "data").get("court-guide-realm.json")).contains("\"realm\": \"court-guide\"");
    }

    @Test
    void enabling_the_realm_without_its_file_fails_with_a_hint() {
        assertThatThrownBy(() -> new Helm(CHART)
                        .template()
                        .withKubeVersion(KUBE)
                        .set("keycloakRealm.enabled", true)
                        .call())
                .hasMessageContaining("src/main/keycloak/court-guide-realm.json");
    }

    private static List<Map<String, Object>> render(Path values) {
        var template = new Helm(CHART)
                .template()
                .withName("court-guide")
                .withNamespace("court-guide")
                .withKubeVersion(KUBE);
        if (values != null) {
            template.withValuesFile(values);
        }
        return parse(template.call());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(yaml)) {
            if (doc instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }

    private static List<String> kinds(List<Map<String, Object>> manifests) {
        return manifests.stream().map(m -> (String) m.get("kind")).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> manifests, String kind) {
        List<Map<String, Object>> found = manifests.stream()
                .filter(m -> kind.equals(m.get("kind")))
                .filter(m -> !((String) at(m, "metadata").get("name")).endsWith("keycloak-realm"))
                .toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String... path) {
        Map<String, Object> current = map;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as(String.join(".", path)).isNotNull();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
    }

    private static Map<String, Object> first(Map<String, Object> map, String key) {
        return list(map, key).get(0);
    }

    private static Path copyChart(Path temp) throws IOException {
        Path target = temp.resolve("court-guide");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = target.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
        return target;
    }
}
