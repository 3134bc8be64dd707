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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * A delegation's answer to a minutes approval round over the REST API, on the WAR as built: an open meeting
 * co-organised by AFRIPOL with a EUROPOL participant, its minutes opened then circulated ({@code
 * MinutesFixtureServlet}). The meeting shows the draft to the secretariat and no minutes to a delegate, as the
 * meeting page does; once they are circulated, the delegate finds them from the meeting and follows the link. The
 * minutes read with their round and version ({@code ETag}); refusals that change nothing: 428 without
 * {@code If-Match}, 412 on a stale version and on a round that is not the one under way, 403 for a read-only token
 * and an observer, 422 for a delegate of an organisation that does not answer, 400 for an unknown decision; AFRIPOL
 * approves, a second answer is refused (422, in the caller's language), EUROPOL comments; the audit trail names the
 * token. Tokens are valid ones only: no failed token check (the throttle).
 */
@ApplicationTest
class MinutesAnswersApiHttpIT {

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
    void delegationsApproveOrCommentOnTheRoundAndVersionTheyRead() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long meeting = Fixtures.meeting(base, "API answers " + run, "&classification=OPEN&coOrganisers=AFRIPOL"
                + "&participant=" + Fixtures.encode("Jan Visser|EUROPOL"));
        String minutes = Fixtures.asSecretariat(base, "minutes?meeting=" + meeting).strip(); // a draft
        String afripolUser = account("api-ans-af-" + run, "DELEGATE", "AFRIPOL");
        String afripol = token(afripolUser, "Regional minutes system " + run, "READ_WRITE");
        String readOnly = token(afripolUser, "Reader " + run, "READ_ONLY");
        String europol = token(account("api-ans-eu-" + run, "DELEGATE", "EUROPOL"), "EUROPOL system", "READ_WRITE");
        String gccpol = token(account("api-ans-gcc-" + run, "DELEGATE", "GCCPOL"), "GCCPOL system", "READ_WRITE");
        String observer = token(account("api-ans-obs-" + run, "OBSERVER", "AFRIPOL"), "Observer", "READ_WRITE");
        String secretariat = token(TestAccounts.ensureMade(base, "Secretariat", null), "Secretariat " + run,
                "READ_ONLY");

        // the meeting shows the minutes its page links to: a draft to the secretariat only, as on the pages
        JsonObject drafted = get("meetings/" + meeting, secretariat).json().getJsonObject("currentMinutes");
        assertThat(drafted.getJsonNumber("id").longValue()).isEqualTo(Long.parseLong(minutes));
        assertThat(drafted.getString("state")).isEqualTo("DRAFT");
        assertThat(drafted.getInt("revision")).isEqualTo(1);
        assertThat(drafted.getJsonObject("links").getString("self")).endsWith("/api/v1/minutes/" + minutes);
        assertThat(get("meetings/" + meeting, afripol).json().containsKey("currentMinutes")).isFalse();
        assertThat(get("minutes/" + minutes, afripol).status()).isEqualTo(404);

        // once circulated, a delegate finds them from the meeting and follows the link to answer
        Fixtures.asSecretariat(base, "minutes?circulate=" + minutes + "&deadline="
                + Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        JsonObject current = get("meetings/" + meeting, afripol).json().getJsonObject("currentMinutes");
        assertThat(current.getJsonNumber("id").longValue()).isEqualTo(Long.parseLong(minutes));
        assertThat(current.getString("state")).isEqualTo("CIRCULATED");
        assertThat(current.getInt("revision")).isEqualTo(1);

        // the minutes with their round and the delegations' answers, their version as the ETag
        Answer read = answer(request(URI.create(current.getJsonObject("links").getString("self")), afripol, "en")
                .GET().build());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.etag()).matches("\"\\d+\"");
        JsonObject shown = read.json();
        assertThat(shown.getJsonNumber("meetingId").longValue()).isEqualTo(meeting);
        assertThat(shown.getString("state")).isEqualTo("CIRCULATED");
        assertThat(shown.getInt("round")).isEqualTo(1);
        assertThat(shown.getBoolean("roundOpen")).isTrue();
        assertThat(answers(shown)).containsExactly("AFRIPOL PENDING", "EUROPOL PENDING");
        String etag = read.etag();
        String approve = "{\"round\":1,\"decision\":\"APPROVE\"}";

        // refusals change nothing
        assertProblem(post(minutes, afripol, null, approve, "en"), 428, "preconditionRequired");
        assertProblem(post(minutes, afripol, "\"999\"", approve, "en"), 412, "stale");
        assertProblem(post(minutes, afripol, etag, "{\"round\":2,\"decision\":\"APPROVE\"}", "en"), 412, "stale");
        assertProblem(post(minutes, readOnly, etag, approve, "en"), 403, "readOnlyToken");
        assertProblem(post(minutes, observer, etag, approve, "en"), 403, "forbidden");
        assertProblem(post(minutes, gccpol, etag, approve, "en"), 422, "businessRule");
        assertProblem(post(minutes, afripol, etag, "{\"round\":1,\"decision\":\"MAYBE\"}", "en"), 400,
                "badParameters");
        Answer unchanged = get("minutes/" + minutes, afripol);
        assertThat(unchanged.etag()).isEqualTo(etag);
        assertThat(answers(unchanged.json())).containsExactly("AFRIPOL PENDING", "EUROPOL PENDING");

        // AFRIPOL approves on the version read; a second answer is refused, in the caller's language
        Answer approved = post(minutes, afripol, etag, approve, "en");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.etag()).isNotNull().isNotEqualTo(etag);
        assertThat(answers(approved.json())).containsExactly("AFRIPOL APPROVED", "EUROPOL PENDING");
        assertThat(approved.json().getJsonArray("answers").getJsonObject(0).getString("by")).isEqualTo(afripolUser);
        Answer again = post(minutes, afripol, approved.etag(), approve, "en");
        assertProblem(again, 422, "businessRule");
        Answer encore = post(minutes, afripol, approved.etag(), approve, "fr");
        assertProblem(encore, 422, "businessRule");
        assertThat(encore.json().getString("detail")).contains("AFRIPOL")
                .isNotEqualTo(again.json().getString("detail"));
        // the version AFRIPOL read before its answer is stale for EUROPOL too
        String comment = "{\"round\":1,\"decision\":\"COMMENT\",\"comment\":\"Item 2: say which unit\"}";
        assertProblem(post(minutes, europol, etag, comment, "en"), 412, "stale");

        // EUROPOL comments instead of approving
        Answer commented = post(minutes, europol, approved.etag(), comment, "en");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        assertThat(answers(commented.json())).containsExactly("AFRIPOL APPROVED", "EUROPOL COMMENTED");
        assertThat(commented.json().getJsonArray("answers").getJsonObject(1).getString("comment"))
                .isEqualTo("Item 2: say which unit");
        assertThat(get("minutes/" + minutes, europol).etag()).isEqualTo(commented.etag());

        // the audit trail: the two answers, each naming its token
        List<String> audit = Fixtures.asAdministrator(base, "minutes?audit=" + minutes).lines().toList();
        assertThat(audit).anySatisfy(line -> assertThat(line).startsWith(afripolUser + " ")
                .contains("approved for AFRIPOL", "via token: Regional minutes system " + run));
        assertThat(audit).anySatisfy(line -> assertThat(line).startsWith("api-ans-eu-" + run + " ")
                .contains("commented for EUROPOL", "via token: EUROPOL system"));
    }

    private static List<String> answers(JsonObject minutes) {
        return minutes.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("organisation") + " " + a.getString("answer")).toList();
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(Problems.MEDIA_TYPE);
        assertThat(answer.json().getString("type")).isEqualTo(Problems.TYPE_PREFIX + type);
    }

    private Answer get(String path, String token) throws IOException, InterruptedException {
        return answer(request(path, token, "en").GET().build());
    }

    private Answer post(String minutes, String token, String ifMatch, String body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("minutes/" + minutes + "/answers", token, language)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return answer(request.build());
    }

    private HttpRequest.Builder request(String path, String token, String language) {
        return request(URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/" + path), token, language);
    }

    private static HttpRequest.Builder request(URI address, String token, String language) {
        return HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language);
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

    /** A valid token of that user and scope: its secret. */
    private String token(String username, String name, String scope) {
        return Fixtures.as(base, username, TestAccounts.USER_PASSWORD, "tokens?name=" + Fixtures.encode(name)
                + "&scope=" + scope).strip().split(" ")[1];
    }
}
