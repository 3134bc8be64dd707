package org.dialogue.meetings.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The role × action matrix of the issue for the REST API, over HTTP on the WAR as built, the way meetings-ejb's
 * {@code AccessMatrixIT} states it for the services: one table, {@link #EXPECTED}, every operation of the served
 * {@code /openapi} (the test fails if one has no row) against every kind of caller, each cell the status the services
 * give (their {@code @RolesAllowed} and need-to-know: reads are open to every role, a restricted meeting and its
 * actions only to the secretariat and the organisations taking part, status changes to the secretariat and the owner
 * organisation's delegates, and a read-only token passes no write).
 *
 * <p>The records are made for the test ({@code ActionsFixtureServlet}: a restricted meeting of AFRIPOL and EUROPOL
 * with AFRIPOL's action). A write is sent with the action's current version in {@code If-Match}: an allowed one
 * succeeds, a refused one leaves the version as it was. Tokens are valid ones only (no failed token check: the
 * throttle); "no token" sends no Authorization header, which the throttle does not count.
 */
@ApplicationTest
class ApiAccessMatrixIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The callers: the roles, a delegate of each kind of organisation, and a read-only token. */
    private enum Caller {
        NO_TOKEN,
        ADMINISTRATOR,
        SECRETARIAT,
        /** An observer of AFRIPOL, which takes part in the meeting. */
        OBSERVER,
        /** A delegate of AFRIPOL: takes part in the meeting and owns the action. */
        OWNER_DELEGATE,
        /** A delegate of EUROPOL: takes part in the meeting, does not own the action. */
        PARTICIPANT_DELEGATE,
        /** A delegate of GCCPOL: not in the meeting. */
        OUTSIDE_DELEGATE,
        /** AFRIPOL's delegate again, with a read-only token. */
        READ_ONLY_TOKEN
    }

    /** The statuses for the callers in {@link Caller}'s order. */
    private static Map<Caller, Integer> row(int... statuses) {
        Map<Caller, Integer> row = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            row.put(caller, statuses[caller.ordinal()]);
        }
        return row;
    }

    /**
     * Operation × caller → status. Columns: no token, administrator, secretariat, observer, owner's delegate,
     * participant's delegate, outside delegate, read-only token. 404 is need-to-know (the administrator has no
     * organisation and does not read restricted meetings: {@code Reader.readsEveryMeeting}); 403 a role the method
     * does not allow or a read-only token; 422 the service's rule (only the owner organisation's delegates). The
     * minutes are the meeting's, circulated to AFRIPOL and EUROPOL: a write there is a comment on the round.
     */
    private static final Map<String, Map<Caller, Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /api/v1/organisations", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/organisations/{id}", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/agreements", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/agreements/{id}", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/editions", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/editions/{id}", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/meetings", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/meetings/{id}", row(401, 404, 200, 200, 200, 200, 404, 200));
        EXPECTED.put("GET /api/v1/meetings/{id}/minutes", row(401, 404, 200, 200, 200, 200, 404, 200));
        EXPECTED.put("GET /api/v1/actions", row(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("GET /api/v1/actions/{id}", row(401, 404, 200, 200, 200, 200, 404, 200));
        EXPECTED.put("POST /api/v1/actions/{id}/status", row(401, 403, 200, 403, 200, 422, 404, 403));
        EXPECTED.put("GET /api/v1/minutes/{id}", row(401, 404, 200, 200, 200, 200, 404, 200));
        // only delegates answer a round (MinutesService.approve and comment); the administrator does not read them
        EXPECTED.put("POST /api/v1/minutes/{id}/answers", row(401, 404, 403, 403, 200, 200, 404, 403));
    }

    @ApplicationAddress
    private String base;

    private record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    @Test
    void everyOperationOfTheDocumentAnswersEveryCallerAsTheServicesAllow() throws Exception {
        assertThat(new TreeSet<>(EXPECTED.keySet())).as("operations of /openapi, each with a row here")
                .isEqualTo(documentedOperations());

        String run = UUID.randomUUID().toString().substring(0, 6);
        String[] made = Fixtures.asSecretariat(base, "actions?run=" + run).strip().split(" ");
        long edition = Long.parseLong(made[0]);
        long meeting = Long.parseLong(made[2]);
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.ADMINISTRATOR, token("admin", TestAccounts.ADMIN_PASSWORD, "READ_WRITE"));
        tokens.put(Caller.SECRETARIAT, token(TestAccounts.ensureMade(base, "Secretariat", null),
                TestAccounts.USER_PASSWORD, "READ_WRITE"));
        tokens.put(Caller.OBSERVER, token(account("api-mx-obs-" + run, "OBSERVER", "AFRIPOL"), "READ_WRITE"));
        String owner = account("api-mx-af-" + run, "DELEGATE", "AFRIPOL");
        tokens.put(Caller.OWNER_DELEGATE, token(owner, "READ_WRITE"));
        tokens.put(Caller.PARTICIPANT_DELEGATE, token(account("api-mx-eu-" + run, "DELEGATE", "EUROPOL"),
                "READ_WRITE"));
        tokens.put(Caller.OUTSIDE_DELEGATE, token(account("api-mx-gcc-" + run, "DELEGATE", "GCCPOL"),
                "READ_WRITE"));
        tokens.put(Caller.READ_ONLY_TOKEN, token(owner, "READ_ONLY"));
        String secretariat = tokens.get(Caller.SECRETARIAT);

        JsonObject action = get("actions?meeting=" + meeting, secretariat).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(action.getString("owner")).isEqualTo("AFRIPOL");
        long actionId = action.getJsonNumber("id").longValue();
        long minutesId = Long.parseLong(Fixtures.asSecretariat(base, "minutes?of=" + meeting).strip());
        String agreement = Fixtures.asAdministrator(base, "accessibility?agreement=" + Fixtures.encode("Matrix " + run)
                + "&user=admin").lines().filter(line -> line.startsWith("agreement=")).findFirst().orElseThrow()
                .substring("agreement=".length());
        Map<String, String> paths = Map.of(
                "/api/v1/organisations/{id}", "organisations/" + action.getJsonNumber("ownerId").longValue(),
                "/api/v1/agreements/{id}", "agreements/" + agreement,
                "/api/v1/editions/{id}", "editions/" + edition,
                "/api/v1/meetings/{id}", "meetings/" + meeting,
                "/api/v1/meetings/{id}/minutes", "meetings/" + meeting + "/minutes",
                "/api/v1/actions/{id}", "actions/" + actionId,
                "/api/v1/actions/{id}/status", "actions/" + actionId + "/status",
                "/api/v1/minutes/{id}", "minutes/" + minutesId,
                "/api/v1/minutes/{id}/answers", "minutes/" + minutesId + "/answers");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<Caller, Integer>> operation : EXPECTED.entrySet()) {
            String method = operation.getKey().split(" ")[0];
            String template = operation.getKey().split(" ")[1];
            String path = paths.getOrDefault(template, template.substring("/api/v1/".length()));
            for (Caller caller : Caller.values()) {
                int expected = operation.getValue().get(caller);
                Answer answer;
                if (method.equals("GET")) {
                    answer = get(path, tokens.get(caller));
                } else {
                    // the record written, as the secretariat reads it: its version goes in If-Match
                    String record = path.substring(0, path.lastIndexOf('/'));
                    Answer current = get(record, secretariat);
                    String before = current.headers().firstValue("ETag").orElseThrow();
                    answer = post(path, tokens.get(caller), before, change(record, current.json(), caller));
                    String after = get(record, secretariat).headers().firstValue("ETag").orElseThrow();
                    if (expected == 200 && after.equals(before)) {
                        wrong.add(operation.getKey() + " as " + caller + ": answered but changed nothing");
                    } else if (expected != 200 && !after.equals(before)) {
                        wrong.add(operation.getKey() + " as " + caller + ": refused but changed the action");
                    }
                }
                if (answer.status() != expected) {
                    wrong.add(operation.getKey() + " as " + caller + ": " + answer.status() + " instead of "
                            + expected + " " + answer.body());
                } else if (expected != 200 && !answer.headers().firstValue("Content-Type").orElse("")
                        .startsWith(Problems.MEDIA_TYPE)) {
                    wrong.add(operation.getKey() + " as " + caller + ": refused without problem details");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A change an allowed caller may make to the record as read: a new status, or a comment on the round. */
    private static String change(String record, JsonObject current, Caller caller) {
        if (record.startsWith("actions/")) {
            String next = current.getString("status").equals("IN_PROGRESS") ? "OPEN" : "IN_PROGRESS";
            return "{\"status\":\"" + next + "\",\"note\":\"Matrix " + caller + "\"}";
        }
        return "{\"round\":" + current.getInt("round") + ",\"decision\":\"COMMENT\",\"comment\":\"Matrix " + caller
                + "\"}";
    }

    /** "GET /api/v1/meetings/{id}" for each operation of the document served anonymously at /openapi. */
    private TreeSet<String> documentedOperations() throws IOException, InterruptedException {
        HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "openapi"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, null);
        TreeSet<String> operations = new TreeSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> operations.add(method.name() + " " + path)));
        return operations;
    }

    private Answer get(String path, String token) throws IOException, InterruptedException {
        return answer(request(path, token).GET().build());
    }

    private Answer post(String path, String token, String ifMatch, String body)
            throws IOException, InterruptedException {
        return answer(request(path, token).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Without a token when there is none: no Authorization header at all (never a bad token: the throttle). */
    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "en");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Every API answer: never a cookie (no session is made for a program). */
    private static Answer answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + request.uri()).isEmpty();
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    private String root() {
        return base.endsWith("/") ? base : base + "/";
    }

    private String account(String username, String role, String organisation) {
        Fixtures.asAdministrator(base, "accounts?username=" + username + "&fullName=" + Fixtures.encode(username)
                + "&role=" + role + "&organisation=" + organisation + "&password="
                + Fixtures.encode(TestAccounts.USER_PASSWORD));
        return username;
    }

    private String token(String username, String scope) {
        return token(username, TestAccounts.USER_PASSWORD, scope);
    }

    /** A valid token of that user and scope: its secret. */
    private String token(String username, String password, String scope) {
        return Fixtures.as(base, username, password, "tokens?name=" + Fixtures.encode("Matrix " + scope)
                + "&scope=" + scope).strip().split(" ")[1];
    }
}
