package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.OpenApiLint;
import it.org.fedmarket.support.RawHttp;
import org.fedmarket.ProblemTypesDocumentedTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fuzz of every operation the node's own {@code /openapi} lists: wrong types, missing members, huge and
 * control-character strings, odd numbers, malformed JSON, bad escapes, wrong content types and bad Basic headers,
 * unauthenticated and as administrator. Every request carries at least one defect. Passes when no answer is a 5xx,
 * every 4xx is problem+json with a type the README or FEDERATION.md documents and the operation's responses in
 * {@code /openapi} list with that status (except Liberty's own 400 for control characters in the path, which no
 * application sees), and what an administrator sees afterwards is what it was. {@code -Dfuzz.requests=N} (default 2,500; the {@code fuzz} profile runs 12,000).
 */
class OpenApiFuzzIT {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_500);
    private static final Pattern SLUG = Pattern.compile("urn:fedmarket:problem:([a-z0-9-]+)");

    private final Http node = Http.itServer();
    private final Http admin = node.asAdmin();
    /** Client addresses of their own: its wrong passwords throttle nobody else, nor its own administrator's requests. */
    private final RawHttp anonymous = new RawHttp(node.baseUrl(), "127.0.0.5");
    private final RawHttp administrator = new RawHttp(node.baseUrl(), "127.0.0.6");
    private final Random random = new Random(Long.getLong("fuzz.seed", 20261204L));
    private final String adminAuthorization = "Basic " + Base64.getEncoder()
            .encodeToString((Cluster.ADMIN_USER + ":" + Cluster.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    record Operation(String method, String path, JsonArray parameters, JsonObject bodySchema, String mediaType,
                     JsonObject responses) {
        boolean hasInput() {
            return !parameters.isEmpty() || bodySchema != null || mediaType != null;
        }

        /** Whether /openapi lists this problem type among the operation's answers with this status. */
        boolean declares(int status, String type) {
            JsonObject response = responses.getJsonObject(String.valueOf(status));
            return response != null && response.containsKey("x-problem-types")
                    && response.getJsonArray("x-problem-types").getValuesAs(JsonString::getString).contains(type);
        }
    }

    @Test
    void theDocumentOfANodeWithEveryModulePassesTheLinter() {
        OpenApiLint.assertClean("all-modules", node.get("/openapi").assertStatus(200).body());
    }

    @Test
    void noOperationAnswersAServerErrorOrAnUndocumentedProblem() throws IOException {
        JsonObject openapi = Json.createReader(new StringReader(
                node.header("Accept", "application/json").get("/openapi").assertStatus(200).body())).readObject();
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = operations(openapi);
        Map<String, String> before = snapshot();
        String documents = Files.readString(Path.of("README.md")) + Files.readString(Path.of("FEDERATION.md"));

        List<String> serverErrors = new ArrayList<>();
        Map<String, String> undocumented = new TreeMap<>();
        Set<String> undeclared = new TreeSet<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        int containerRefusals = 0;
        while (sent < REQUESTS) {
            for (Operation operation : operations) {
                boolean asAdmin = random.nextBoolean() && operation.hasInput();
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Authorization", asAdmin ? adminAuthorization : badAuthorization());
                if (!asAdmin && random.nextInt(4) == 0) {
                    headers.remove("Authorization");
                }
                String target = target(operation);
                byte[] body = null;
                if (operation.bodySchema() != null || operation.mediaType() != null || random.nextInt(8) == 0) {
                    body = body(operation, schemas, headers);
                }
                RawHttp.Answer answer = (asAdmin ? administrator : anonymous).send(operation.method(), target, headers, body);
                sent++;
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.status() >= 500) {
                    serverErrors.add(answer.status() + " " + operation.method() + " " + abbreviate(target) + " "
                            + abbreviate(body == null ? "" : new String(body, StandardCharsets.UTF_8)) + " → " + abbreviate(answer.body()));
                } else if (answer.status() == 400 && answer.body().contains("CWWWC0005I")) {
                    // Liberty refuses control characters in the path itself, before any application sees the request
                    containerRefusals++;
                    assertTrue(!answer.body().contains("\u0000") && !answer.body().contains("%00"), answer.body());
                } else if (answer.status() >= 400) {
                    String type = String.valueOf(answer.header("Content-Type"));
                    if (!type.startsWith("application/problem+json")) {
                        undocumented.putIfAbsent(answer.status() + " " + type + " " + operation.method() + " " + operation.path(),
                                abbreviate(target) + " → " + abbreviate(answer.body()));
                    } else {
                        Matcher slug = SLUG.matcher(answer.body());
                        if (slug.find() && !ProblemTypesDocumentedTest.isDocumented(slug.group(1), documents)) {
                            undocumented.putIfAbsent("problem type " + slug.group(1), operation.method() + " " + abbreviate(target));
                        }
                        String problemType = Json.createReader(new StringReader(answer.body())).readObject().getString("type");
                        if (!operation.declares(answer.status(), problemType)) {
                            undeclared.add(operation.method() + " " + operation.path() + " → " + answer.status() + " " + problemType);
                        }
                    }
                }
                if (sent >= REQUESTS) {
                    break;
                }
            }
        }
        System.out.println("Fuzz: " + sent + " requests over " + operations.size() + " operations, statuses " + statuses
                + "; " + containerRefusals + " refused by the container for control characters in the path");
        assertEquals(List.of(), serverErrors.stream().limit(20).toList(), serverErrors.size() + " server errors");
        assertEquals(Map.of(), undocumented, "4xx answers that are not documented problem details");
        assertEquals(Set.of(), undeclared, "problem answers the operation's responses in /openapi do not list");
        assertEquals(before, snapshot(), "what an administrator sees is unchanged");
        assertTrue(statuses.keySet().stream().allMatch(s -> s < 500));
    }

    private String target(Operation operation) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonValue p : operation.parameters()) {
            JsonObject parameter = p.asJsonObject();
            String name = parameter.getString("name");
            switch (parameter.getString("in")) {
                case "path" -> path = path.replace("{" + name + "}", pathValue());
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(queryValue());
                    }
                }
                default -> {
                }
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(queryValue()).append('=').append(queryValue());
        }
        if (operation.parameters().isEmpty() && operation.bodySchema() == null && random.nextBoolean()) {
            query.append(query.isEmpty() ? "?" : "&").append("x=").append(queryValue());
        }
        return path + query;
    }

    /** Path segments the container lets through to the application: odd, never a real id. */
    private String pathValue() {
        return switch (random.nextInt(9)) {
            case 0 -> "%25zz";
            case 1 -> encode("a\u0000b");
            case 2 -> "x".repeat(5_000);
            case 3 -> encode("ünïcødé-🧦");
            case 4 -> "-1";
            case 5 -> "1e400";
            case 6 -> "00000000-0000-0000-0000-000000000000";
            case 7 -> encode("' OR 1=1 --");
            default -> encode("shop-z:" + "\u0007");
        };
    }

    private String queryValue() {
        return switch (random.nextInt(12)) {
            case 0 -> "%zz";
            case 1 -> "%00";
            case 2 -> "%C3";
            case 3 -> "-1";
            case 4 -> "99999999999999999999";
            case 5 -> "1.5";
            case 6 -> "x".repeat(3_000);
            case 7 -> "%01%02";
            case 8 -> "+1";
            case 9 -> "";
            case 10 -> encode("\"quoted\" <b>");
            default -> "%E2%80%AE";
        };
    }

    private byte[] body(Operation operation, JsonObject schemas, Map<String, String> headers) {
        int kind = random.nextInt(10);
        String mediaType = operation.mediaType() == null ? "application/json" : operation.mediaType();
        if (kind == 0) {
            headers.put("Content-Type", random.nextBoolean() ? "text/plain" : "application/xml");
            return "<x>not what this takes</x>".getBytes(StandardCharsets.UTF_8);
        }
        headers.put("Content-Type", mediaType);
        if (kind == 1) {
            return random.nextBoolean() ? "{\"unterminated\": ".getBytes(StandardCharsets.UTF_8) : new byte[]{'{', 0, '}'};
        }
        if (!mediaType.contains("json")) {
            return switch (random.nextInt(3)) {
                case 0 -> "eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.".getBytes(StandardCharsets.UTF_8);
                case 1 -> ("a".repeat(100) + "\u0000").getBytes(StandardCharsets.UTF_8);
                default -> "not.a.jws".getBytes(StandardCharsets.UTF_8);
            };
        }
        JsonValue value = operation.bodySchema() == null ? Json.createObjectBuilder().add("x", "\u0000").build()
                : defective(operation.bodySchema(), schemas, 0, true);
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value for {@code schema} with at least one defect when {@code mustBreak}, else a plausible one. */
    private JsonValue defective(JsonObject schema, JsonObject schemas, int depth, boolean mustBreak) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return defective(schemas.getJsonObject(name), schemas, depth, mustBreak);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        if (type.equals("object") && schema.containsKey("properties") && depth < 4) {
            var object = Json.createObjectBuilder();
            List<String> names = new ArrayList<>(schema.getJsonObject("properties").keySet());
            String broken = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
            for (String name : names) {
                if (random.nextInt(5) == 0 && !name.equals(broken)) {
                    continue; // a missing member
                }
                object.add(name, defective(schema.getJsonObject("properties").getJsonObject(name), schemas, depth + 1,
                        mustBreak && name.equals(broken)));
            }
            if (names.isEmpty() && mustBreak) {
                object.add("x", "\u0000");
            }
            return object.build();
        }
        if (type.equals("array") && schema.containsKey("items")) {
            var array = Json.createArrayBuilder();
            int n = random.nextInt(3) + 1;
            for (int i = 0; i < n; i++) {
                array.add(defective(schema.getJsonObject("items"), schemas, depth + 1, mustBreak && i == 0));
            }
            return array.build();
        }
        if (!mustBreak) {
            return switch (type) {
                case "integer" -> Json.createValue(1);
                case "number" -> Json.createValue(1.25);
                case "boolean" -> JsonValue.TRUE;
                default -> Json.createValue("fuzz");
            };
        }
        return switch (type) {
            case "integer" -> pick(Json.createValue(4294967297L), Json.createValue("5"), Json.createValue(1.9),
                    JsonValue.TRUE, Json.createValue(new java.math.BigDecimal("1e400")), Json.createValue(-2147483649L));
            case "number" -> pick(Json.createValue("1"), Json.createValue(new java.math.BigDecimal("1e400")),
                    Json.createValue(new java.math.BigDecimal("-1e-40")), JsonValue.FALSE, Json.createArrayBuilder().build());
            case "boolean" -> pick(Json.createValue("true"), Json.createValue(1), JsonValue.EMPTY_JSON_OBJECT);
            default -> pick(Json.createValue("a\u0000b"), Json.createValue("x".repeat(6_000)), Json.createValue(123),
                    JsonValue.TRUE, Json.createValue("\u001b[2J"), Json.createObjectBuilder().add("a", 1).build());
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private String badAuthorization() {
        return pick("Basic YWRtaW4=", "Basic !!!", "Basic", "Basic Og==", "Bearer not-a-token", "Token fmt_unknown",
                "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)), "Digest x");
    }

    /** What an administrator sees of the node's state, to compare before and after. */
    private Map<String, String> snapshot() {
        Map<String, String> state = new TreeMap<>();
        for (String path : List.of("/api/inventory/products", "/api/admin/accounts", "/api/admin/tokens", "/api/admin/webhooks",
                "/api/admin/keys", "/api/hub/admin/members", "/api/hub/admin/invitations", "/api/federation/partnerships",
                "/api/federation/purchases", "/api/inventory/orders", "/api/inventory/rates", "/api/federation/membership")) {
            state.put(path, admin.get(path).body());
        }
        return state;
    }

    private static List<Operation> operations(JsonObject openapi) {
        List<Operation> operations = new ArrayList<>();
        openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            JsonObject operation = op.asJsonObject();
            JsonObject body = null;
            String mediaType = null;
            if (operation.containsKey("requestBody")) {
                JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                mediaType = content.keySet().iterator().next();
                body = content.getJsonObject(mediaType).getJsonObject("schema");
            }
            operations.add(new Operation(method.toUpperCase(), path,
                    operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY : operation.getJsonArray("parameters"),
                    body, mediaType, operation.getJsonObject("responses")));
        }));
        return operations;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
