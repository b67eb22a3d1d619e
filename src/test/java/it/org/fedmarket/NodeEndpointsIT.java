package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.InstalledFeatures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's server with all modules on: health, metrics, OpenAPI, the full feature set, the sample catalogue. */
class NodeEndpointsIT {

    private final Http node = Http.itServer();

    @Test
    void everyDeclaredFeatureIsInstalledAndNoneConflicts() throws IOException {
        Path server = Path.of(System.getProperty("fedmarket.it.wlpHome"), "usr/servers", System.getProperty("fedmarket.it.server"));
        InstalledFeatures.assertComplete(System.getProperty("fedmarket.it.server"), Path.of("src/main/liberty/config/server.xml"),
                Files.readString(server.resolve("logs/messages.log")));
    }

    @Test
    void readyMeansDatabaseReachableAndMigrated() {
        JsonObject ready = node.get("/health/ready").assertStatus(200).json();
        JsonObject database = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow(); // checks come in any order
        assertEquals("UP", database.getString("status"));
        assertEquals(database.getJsonObject("data").getString("expectedVersion"),
                database.getJsonObject("data").getString("schemaVersion"));
        node.get("/health/live").assertStatus(200);
    }

    @Test
    void metricsArePrometheusTextForTheScrapeAccountOnlyAndOnlyOverHttps() {
        var metrics = Http.itServerMetrics("");
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        assertTrue(metrics.body().contains("# TYPE fedmarket_"), "Prometheus exposition format, the application's own series");

        var plain = node.as(Cluster.METRICS_USER, Cluster.METRICS_PASSWORD).get("/metrics");
        assertEquals(302, plain.status(), "plain http is sent to https, never answered");
        assertTrue(plain.header("Location").startsWith("https://"), plain.header("Location"));
        assertFalse(plain.body().contains("fedmarket_"), plain.body());

        Http https = Http.to(System.getProperty("fedmarket.it.httpsUrl"));
        for (Http caller : new Http[]{https, https.as(Cluster.METRICS_USER, "wrong"), https.asAdmin(),
                https.as(Cluster.METRICS_USER, "")}) {
            var refused = caller.get("/metrics");
            assertEquals(401, refused.status(), refused.body());
            assertFalse(refused.body().contains("fedmarket_"), refused.body());
        }
        node.as(Cluster.METRICS_USER, Cluster.METRICS_PASSWORD).get("/api/inventory/products").assertProblem(401);
    }

    @Test
    void theKeySetIsServedAsAJwkSetOrAsPlainJsonToWhoAsksForJson() {
        assertTrue(node.get("/api/node/jwks").assertStatus(200).contentType().startsWith("application/jwk-set+json"));
        var json = node.header("Accept", "application/json").get("/api/node/jwks").assertStatus(200);
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertFalse(json.json().getJsonArray("keys").isEmpty(), json.body());
        assertTrue(node.header("Accept", "application/jwk-set+json").get("/api/node/jwks").assertStatus(200).contentType()
                .startsWith("application/jwk-set+json"));
    }

    @Test
    void openApiDocumentsEveryModuleAndHasItsUi() {
        String doc = node.get("/openapi").assertStatus(200).body();
        for (String path : new String[]{"/api/hub:", "/api/federation/hub:", "/api/inventory/products:", "/api/node:"}) {
            assertTrue(doc.contains(path), path + " in\n" + doc);
        }
        node.get("/openapi/ui/").assertStatus(200);
    }

    @Test
    void theDevelopmentNodeHasASampleCatalogue() {
        var products = node.asAdmin()
                .get("/api/inventory/products").assertStatus(200).jsonArray();
        assertTrue(products.size() >= 5, products.toString());
        assertEquals("bag-tote-01", products.getJsonObject(0).getString("sku"), "ordered by SKU");
    }

    @Test
    void aNodeThatIsItsOwnHubReachesItselfOverHttp() {
        JsonObject link = node.asAdmin()
                .get("/api/federation/hub").assertStatus(200).json();
        assertTrue(link.getBoolean("reachable"), link.toString());
        assertEquals(node.baseUrl(), link.getString("hubUrl"));
    }
}
