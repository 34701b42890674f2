package org.courtguide.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Who holds which staff role, read from Keycloak's admin REST API with the app client's own service account
 * (client credentials; realm-management {@code view-users}, plus {@code view-realm}, which listing a role's holders
 * needs). Read-only on purpose: granting and removing roles stays in Keycloak's admin console, which has its own
 * audit and its own admin sign-in.
 */
@ApplicationScoped
public class StaffDirectory {

    /** The staff roles this app knows. */
    public static final List<String> ROLES = List.of("mediator", "admin");

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A user holding a role. */
    public record Member(String username, String name, String email, boolean enabled) {}

    /** The holders of one role. */
    public record RoleMembers(String role, List<Member> members) {}

    /** The directory, or {@code available == false} when Keycloak could not be asked. */
    public record Listing(boolean available, List<RoleMembers> roles, Optional<String> consoleUrl) {}

    private final StaffConfig config;
    private final Config mpConfig;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    StaffDirectory(StaffConfig config, Config mpConfig, ObjectMapper json) {
        this.config = config;
        this.mpConfig = mpConfig;
        this.json = json;
    }

    public Listing list() {
        Optional<String> realmUrl = mpConfig.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .map(u -> u.replaceAll("/+$", ""));
        Optional<String> adminUrl =
                config.keycloakAdminUrl().or(() -> realmUrl.map(u -> u.replace("/realms/", "/admin/realms/")));
        Optional<String> console =
                realmUrl.filter(u -> u.contains("/realms/")).map(u -> u.replace("/realms/", "/admin/") + "/console/");
        if (realmUrl.isEmpty() || adminUrl.isEmpty()) {
            return new Listing(false, List.of(), console);
        }
        try {
            String token = serviceAccountToken(realmUrl.get());
            List<RoleMembers> roles = new ArrayList<>();
            for (String role : ROLES) {
                roles.add(new RoleMembers(role, members(adminUrl.get(), role, token)));
            }
            return new Listing(true, roles, console);
        } catch (IOException | RuntimeException e) {
            // the page says the list is unavailable; the log says why, without any token
            LOG.warnf("staff directory unavailable: %s", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Listing(false, List.of(), console);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Listing(false, List.of(), console);
        }
    }

    private String serviceAccountToken(String realmUrl) throws IOException, InterruptedException {
        String clientId = mpConfig.getOptionalValue("quarkus.oidc.client-id", String.class)
                .orElse("");
        String secret = mpConfig.getOptionalValue("quarkus.oidc.credentials.secret", String.class)
                .orElse("");
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonNode body = send(request);
        return body.path("access_token").asText();
    }

    private List<Member> members(String adminUrl, String role, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + "/roles/" + role + "/users?first=0&max=500"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        List<Member> members = new ArrayList<>();
        for (JsonNode user : send(request)) {
            String name = (user.path("firstName").asText("") + " "
                            + user.path("lastName").asText(""))
                    .strip();
            members.add(new Member(
                    user.path("username").asText(),
                    name,
                    user.path("email").asText(""),
                    user.path("enabled").asBoolean(false)));
        }
        return members;
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak answered " + response.statusCode() + " to "
                    + request.uri().getPath());
        }
        return json.readTree(response.body());
    }
}
