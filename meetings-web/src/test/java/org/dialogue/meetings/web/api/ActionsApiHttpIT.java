package org.dialogue.meetings.web.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * Actions over the REST API, on the WAR as built: minutes of a meeting of AFRIPOL and EUROPOL with two actions
 * ({@code ActionsFixtureServlet}: AFRIPOL's overdue, EUROPOL's due in a month). The list's filters and paging with
 * need-to-know as the actions page has it (an organisation that does not take part sees nothing, and 404 on the
 * action); one action with its version as the {@code ETag}; a status change by the owner's delegate with
 * {@code If-Match}: 428 without it, 412 on a stale one, refused for another organisation's delegate (422) and an
 * observer (403), each changing nothing; the change returned with a new {@code ETag}, in the history and in the
 * audit trail with the token's name. Tokens are valid ones only: no failed token check (the throttle).
 */
@ApplicationTest
class ActionsApiHttpIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @ApplicationAddress
    private String base;

    private record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String etag() {
            return headers.firstValue("ETag").orElse(null);
        }
    }

    @Test
    void listsFiltersAndFollowsUpActionsWithTheirVersionAsTheOwnersDelegate() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String[] made = Fixtures.asSecretariat(base, "actions?run=" + run).strip().split(" ");
        long edition = Long.parseLong(made[0]);
        long axis = Long.parseLong(made[1]);
        long meeting = Long.parseLong(made[2]);
        String afripol = token(account("api-act-af-" + run, "DELEGATE", "AFRIPOL"), "Regional case system " + run);
        String europol = token(account("api-act-eu-" + run, "DELEGATE", "EUROPOL"), "EUROPOL system");
        String gccpol = token(account("api-act-gcc-" + run, "DELEGATE", "GCCPOL"), "GCCPOL system");
        String observer = token(account("api-act-obs-" + run, "OBSERVER", "AFRIPOL"), "Observer system");

        // the list, filtered as the actions page filters it, in its order (due date, then id)
        JsonObject ofMeeting = get("actions?meeting=" + meeting, afripol).json();
        assertThat(ofMeeting.getInt("total")).isEqualTo(2);
        List<JsonObject> items = ofMeeting.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("owner")).containsExactly("AFRIPOL", "EUROPOL");
        assertThat(items.get(0).getBoolean("overdue")).isTrue();
        assertThat(items.get(0).getJsonNumber("meetingId").longValue()).isEqualTo(meeting);
        assertThat(items.get(0).getJsonNumber("priorityAxisId").longValue()).isEqualTo(axis);
        assertThat(items.get(0).containsKey("history")).isFalse();
        long afripolAction = items.get(0).getJsonNumber("id").longValue();
        long afripolId = items.get(0).getJsonNumber("ownerId").longValue();
        assertThat(total("actions?edition=" + edition + "&overdue=true", afripol)).isEqualTo(1);
        assertThat(total("actions?edition=" + edition + "&axis=" + axis, afripol)).isEqualTo(2);
        assertThat(total("actions?meeting=" + meeting + "&organisation=" + afripolId, afripol)).isEqualTo(1);
        assertThat(total("actions?meeting=" + meeting + "&status=done", afripol)).isZero();
        JsonObject page = get("actions?meeting=" + meeting + "&limit=1", afripol).json();
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(page.getJsonObject("links").getString("next")).contains("offset=1");
        // need-to-know: a delegate of an organisation that does not take part sees nothing of it
        assertThat(total("actions?meeting=" + meeting, gccpol)).isZero();
        assertThat(get("actions/" + afripolAction, gccpol).status()).isEqualTo(404);
        Answer bad = get("actions?overdue=maybe&meeting=x", afripol);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("overdue", "meeting");

        // one action, its version as the ETag
        Answer read = get("actions/" + afripolAction, afripol);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).matches("\"\\d+\"");
        assertThat(read.json().getString("status")).isEqualTo("OPEN");
        assertThat(read.json().getJsonArray("history")).isEmpty();
        String etag = read.etag();
        String change = "{\"status\":\"IN_PROGRESS\",\"note\":\"Team assigned\"}";

        // refusals change nothing
        assertProblem(post(afripolAction, afripol, null, change), 428, "preconditionRequired");
        assertProblem(post(afripolAction, afripol, "\"999\"", change), 412, "stale");
        assertProblem(post(afripolAction, europol, etag, change), 422, "businessRule");
        assertProblem(post(afripolAction, observer, etag, change), 403, "forbidden");
        assertProblem(post(afripolAction, afripol, etag, "{\"status\":\"LATER\",\"note\":\"x\"}"), 400,
                "badParameters");
        assertProblem(post(afripolAction, afripol, etag, "{\"status\":\"DONE\"}"), 422, "businessRule");
        Answer unchanged = get("actions/" + afripolAction, afripol);
        assertThat(unchanged.etag()).isEqualTo(etag);
        assertThat(unchanged.json().getString("status")).isEqualTo("OPEN");

        // the owner's delegate, on the version read
        Answer updated = post(afripolAction, afripol, etag, change);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isNotNull().isNotEqualTo(etag);
        assertThat(updated.json().getString("status")).isEqualTo("IN_PROGRESS");
        JsonObject last = updated.json().getJsonArray("history").getJsonObject(0);
        assertThat(last.getString("note")).isEqualTo("Team assigned");
        assertThat(last.getString("by")).isEqualTo("api-act-af-" + run);
        assertThat(last.getString("from")).isEqualTo("OPEN");
        assertThat(get("actions/" + afripolAction, afripol).etag()).isEqualTo(updated.etag());
        // the version read before is stale now
        assertProblem(post(afripolAction, afripol, etag, "{\"status\":\"DONE\",\"note\":\"Done\"}"), 412, "stale");
        assertThat(get("actions/" + afripolAction, afripol).json().getString("status")).isEqualTo("IN_PROGRESS");

        // the audit trail: one change, by the token's owner, naming the token
        String audit = Fixtures.asAdministrator(base, "actions?audit=" + afripolAction);
        assertThat(audit.lines().toList()).singleElement().asString()
                .startsWith("api-act-af-" + run + " UPDATE ")
                .contains("status: OPEN → IN_PROGRESS", "why: Team assigned", "via token: Regional case system " + run);
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problems.MEDIA_TYPE);
        assertThat(answer.json().getString("type")).isEqualTo(Problems.TYPE_PREFIX + type);
    }

    private long total(String path, String token) throws IOException, InterruptedException {
        Answer answer = get(path, token);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.json().getJsonNumber("total").longValue();
    }

    private Answer get(String path, String token) throws IOException, InterruptedException {
        return answer(request(path, token).GET().build());
    }

    private Answer post(long action, String token, String ifMatch, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("actions/" + action + "/status", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return answer(request.build());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
    }

    /** Every API answer: never a cookie (no session is made for a program). */
    private static Answer answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + request.uri()).isEmpty();
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    private String account(String username, String role, String organisation) {
        Fixtures.asAdministrator(base, "accounts?username=" + username + "&fullName=" + Fixtures.encode(username)
                + "&role=" + role + "&organisation=" + organisation + "&password="
                + Fixtures.encode(TestAccounts.USER_PASSWORD));
        return username;
    }

    /** A read-write token of that user: its secret. */
    private String token(String username, String name) {
        return Fixtures.as(base, username, TestAccounts.USER_PASSWORD, "tokens?name=" + Fixtures.encode(name)
                + "&scope=READ_WRITE").strip().split(" ")[1];
    }
}
