package org.dialogue.meetings.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.NoInternals;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The REST API at the HTTP level, on the WAR as built (issue 17): personal access tokens made through the real
 * service by a test-only servlet ({@code TokensFixtureServlet}) as their owners; 401 with {@code WWW-Authenticate:
 * Bearer} and problem details without a token and with a bad, expired or revoked one or a disabled account's (never a
 * redirect to the sign-in page); a read-only token refused on a write; need-to-know as on the pages (an AFRIPOL
 * delegate does not see EUROPOL's restricted meeting, the secretariat does); paging with a total, links and a stable
 * order; problem details on bad parameters, in the caller's language; no answer sets a cookie. And the profile
 * page's token section: a token made there is shown once, works, is listed and is revoked with its row's button;
 * an administrator revokes a user's token on the user page.
 *
 * <p>Four failed token checks in all, from this machine's address: the fifth would lock it out for 15 minutes
 * (AccessTokensIT checks the lock itself).
 */
@ApplicationTest
class ApiHttpIT {

    private static final Pattern SECRET = Pattern.compile("dmt_[A-Za-z0-9_-]{43}");

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Made once per run: see {@link #world()}. */
    private static World world;

    private record World(String delegateToken, String readOnlyToken, String secretariatToken, long edition,
            List<Long> afripolMeetings, long europolMeeting, String delegate, long delegateId) {
    }

    private record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    @ApplicationAddress
    private String base;

    @Test
    void withoutAValidTokenTheApiAnswers401WithProblemDetailsAndNeverRedirects() throws Exception {
        World w = world();
        Answer none = get("api/v1/meetings", null, null);
        assertUnauthorized(none, "unauthorized");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"dialogue-meetings\"");
        assertUnauthorized(get("api/v1/organisations", "Basic YWRtaW46YWRtaW4=", null), "unauthorized");

        // the failed checks: each answers the same, whatever was wrong
        Answer bad = get("api/v1/meetings", "Bearer dmt_" + "x".repeat(43), null);
        assertUnauthorized(bad, "invalidToken");
        assertThat(bad.header("WWW-Authenticate")).contains("error=\"invalid_token\"");

        String[] expiring = token(w.delegate(), "Expiring", "READ_ONLY");
        Fixtures.as(base, w.delegate(), TestAccounts.USER_PASSWORD, "tokens?expire=" + expiring[0]);
        assertUnauthorized(get("api/v1/meetings", bearer(expiring[1]), null), "invalidToken");

        String[] revoked = token(w.delegate(), "Revoked", "READ_ONLY");
        assertThat(get("api/v1/organisations", bearer(revoked[1]), null).status()).isEqualTo(200);
        Fixtures.as(base, w.delegate(), TestAccounts.USER_PASSWORD, "tokens?revoke=" + revoked[0]);
        assertUnauthorized(get("api/v1/organisations", bearer(revoked[1]), null), "invalidToken");

        String leaving = TestAccounts.made(base, "Observer", "AFRIPOL");
        String[] disabled = token(leaving, "Leaving", "READ_ONLY");
        assertThat(get("api/v1/organisations", bearer(disabled[1]), null).status()).isEqualTo(200);
        Fixtures.asAdministrator(base, "accounts?disable=" + leaving);
        assertUnauthorized(get("api/v1/organisations", bearer(disabled[1]), null), "invalidToken");
    }

    @Test
    void aReadOnlyTokenReadsButIsRefusedOnAnyWrite() throws Exception {
        World w = world();
        assertThat(get("api/v1/meetings", bearer(w.readOnlyToken()), null).status()).isEqualTo(200);

        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            Answer refused = send(method, "api/v1/meetings", bearer(w.readOnlyToken()));
            assertThat(refused.status()).as(method).isEqualTo(403);
            assertProblem(refused, "readOnlyToken", 403);
        }
        // a read-write token gets past the sign-in: nothing in this version writes, so JAX-RS refuses the method
        Answer notAllowed = send("POST", "api/v1/meetings", bearer(w.delegateToken()));
        assertThat(notAllowed.status()).isEqualTo(405);
        assertProblem(notAllowed, "methodNotAllowed", 405);
    }

    @Test
    void aDelegateReadsWhatTheirPagesShowAndNoMore() throws Exception {
        World w = world();
        String query = "api/v1/meetings?limit=100&edition=" + w.edition();

        List<Long> delegates = ids(get(query, bearer(w.delegateToken()), null).json());
        List<Long> secretariats = ids(get(query, bearer(w.secretariatToken()), null).json());

        assertThat(delegates).containsExactlyElementsOf(w.afripolMeetings());
        assertThat(secretariats).containsAll(w.afripolMeetings()).contains(w.europolMeeting()).hasSize(4);
        Answer hidden = get("api/v1/meetings/" + w.europolMeeting(), bearer(w.delegateToken()), null);
        assertThat(hidden.status()).isEqualTo(404);
        assertProblem(hidden, "notFound", 404);
        Answer seen = get("api/v1/meetings/" + w.europolMeeting(), bearer(w.secretariatToken()), null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().getJsonArray("organisers").getString(0)).isEqualTo("EUROPOL");
        // the headers every answer of the application carries reach the API's JSON too; nothing is cached
        assertThat(seen.header("Content-Type")).startsWith("application/json");
        assertThat(seen.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(seen.header("Cache-Control")).contains("no-store");
        assertThat(seen.json().getString("start")).startsWith("2031-03-17T08:30");
        // CORS is closed: no answer lets a page of another site read it, and a preflight is not granted
        Answer crossOrigin = answer(HttpRequest.newBuilder(URI.create(root() + "api/v1/meetings/"
                + w.europolMeeting())).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer(w.secretariatToken())).header("Origin", "https://elsewhere.example")
                .GET().build());
        assertThat(crossOrigin.status()).isEqualTo(200);
        assertThat(crossOrigin.headers().map().keySet()).noneMatch(ApiHttpIT::isCorsHeader);
        Answer preflight = answer(HttpRequest.newBuilder(URI.create(root() + "api/v1/meetings"))
                .timeout(Duration.ofSeconds(30)).header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.status()).isNotEqualTo(200).isNotEqualTo(204);
        assertThat(preflight.headers().map().keySet()).noneMatch(ApiHttpIT::isCorsHeader);

        // the reference data, as on the pages
        Answer organisations = get("api/v1/organisations?limit=100", bearer(w.delegateToken()), null);
        assertThat(organisations.body()).contains("\"acronym\":\"AFRIPOL\"", "\"acronym\":\"EUROPOL\"");
        Answer edition = get("api/v1/editions/" + w.edition(), bearer(w.delegateToken()), null);
        assertThat(edition.status()).isEqualTo(200);
        assertThat(edition.json().getInt("id")).isEqualTo((int) w.edition());
        assertThat(edition.json().getJsonArray("priorityAxes")).isNotNull();
        JsonObject editions = get("api/v1/editions?limit=100", bearer(w.delegateToken()), null).json();
        assertThat(editions.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonNumber("id").longValue()).contains(w.edition());
        assertThat(editions.getJsonNumber("total").longValue()).isEqualTo(editions.getJsonArray("items").size());
        // the reference data are paged as meetings are: two at a time, the next page's first after the first's
        JsonObject firstTwo = get("api/v1/organisations?limit=2", bearer(w.delegateToken()), null).json();
        assertThat(firstTwo.getJsonArray("items")).hasSize(2);
        JsonObject nextTwo = get(URI.create(firstTwo.getJsonObject("links").getString("next")),
                bearer(w.delegateToken()), null).json();
        assertThat(nextTwo.getInt("offset")).isEqualTo(2);
        assertThat(nextTwo.getJsonArray("items").getJsonObject(0).getString("acronym"))
                .isGreaterThan(firstTwo.getJsonArray("items").getJsonObject(1).getString("acronym"));

        // the cooperation agreements: all, or those of one organisation (by id), as the agreements pages list them
        String title = "Accessibility agreement API " + UUID.randomUUID().toString().substring(0, 6);
        long agreement = Long.parseLong(Fixtures.asAdministrator(base, "accessibility?agreement="
                + Fixtures.encode(title.substring("Accessibility agreement ".length())) + "&user=admin").lines()
                .filter(line -> line.startsWith("agreement=")).findFirst().orElseThrow().substring(10));
        Map<String, Long> organisationIds = new java.util.HashMap<>();
        organisations.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(organisation ->
                organisationIds.put(organisation.getString("acronym"), organisation.getJsonNumber("id").longValue()));
        JsonObject one = get("api/v1/agreements/" + agreement, bearer(w.delegateToken()), null).json();
        assertThat(one.getString("title")).isEqualTo(title);
        assertThat(one.getJsonArray("parties").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("AFRIPOL", "EUROPOL");
        assertThat(one.getString("status")).isEqualTo("IN_FORCE");
        assertThat(one.getString("signedOn")).isEqualTo("2024-03-12");
        assertThat(agreementTitles("api/v1/agreements?limit=100", w)).contains(title);
        assertThat(agreementTitles("api/v1/agreements?limit=100&organisation=" + organisationIds.get("EUROPOL"), w))
                .contains(title);
        assertThat(agreementTitles("api/v1/agreements?limit=100&organisation=" + organisationIds.get("GCCPOL"), w))
                .doesNotContain(title);
        assertThat(get("api/v1/agreements/" + (agreement + 1_000_000), bearer(w.delegateToken()), null).status())
                .isEqualTo(404);
        JsonObject badOrganisation = assertProblem(get("api/v1/agreements?organisation=AFRIPOL",
                bearer(w.delegateToken()), null), "badParameters", 400);
        assertThat(badOrganisation.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("organisation");
    }

    private List<String> agreementTitles(String path, World w) throws IOException, InterruptedException {
        Answer answer = get(path, bearer(w.delegateToken()), null);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("title")).toList();
    }

    @Test
    void listsArePagedInAStableOrderWithTheTotalAndLinks() throws Exception {
        World w = world();
        JsonObject first = get("api/v1/meetings?edition=" + w.edition() + "&limit=2", bearer(w.delegateToken()), null)
                .json();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getInt("limit")).isEqualTo(2);
        assertThat(first.getInt("offset")).isZero();
        assertThat(first.getJsonObject("links").containsKey("prev")).isFalse();
        String next = first.getJsonObject("links").getString("next");
        assertThat(next).contains("offset=2", "limit=2", "edition=" + w.edition());

        Answer second = get(URI.create(next), bearer(w.delegateToken()), null);
        JsonObject page2 = second.json();
        assertThat(page2.getInt("offset")).isEqualTo(2);
        assertThat(page2.getJsonObject("links").containsKey("next")).isFalse();
        assertThat(page2.getJsonObject("links").getString("prev")).contains("offset=0");

        List<Long> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(page2));
        assertThat(paged).containsExactlyElementsOf(w.afripolMeetings()); // same start: by id, no gap, no repeat
        assertThat(ids(get("api/v1/meetings?edition=" + w.edition() + "&limit=2", bearer(w.delegateToken()), null)
                .json())).isEqualTo(ids(first));
        // filters: dates (UTC, both included), organisation, status
        assertThat(ids(get("api/v1/meetings?edition=" + w.edition() + "&from=2031-03-17&to=2031-03-17&status=scheduled",
                bearer(w.secretariatToken()), null).json())).hasSize(4);
        assertThat(ids(get("api/v1/meetings?edition=" + w.edition() + "&from=2031-03-18", bearer(w.secretariatToken()),
                null).json())).isEmpty();
        assertThat(get("api/v1/meetings?edition=" + w.edition() + "&status=CANCELLED", bearer(w.secretariatToken()),
                null).json().getInt("total")).isZero();
    }

    @Test
    void badParametersAnswerProblemDetailsNamingEachFieldInTheCallersLanguage() throws Exception {
        World w = world();
        Answer bad = get("api/v1/meetings?limit=500&offset=-1&from=2031-13-01&status=maybe&edition=abc",
                bearer(w.delegateToken()), null);
        assertThat(bad.status()).isEqualTo(400);
        JsonObject problem = assertProblem(bad, "badParameters", 400);
        assertThat(problem.getString("title")).isEqualTo("Invalid parameters");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("limit", "offset", "from", "status", "edition");
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/meetings");

        Answer french = get("api/v1/meetings?to=2031-01-01&from=2031-02-01", bearer(w.delegateToken()), "fr");
        JsonObject fr = assertProblem(french, "badParameters", 400);
        assertThat(fr.getString("title")).isEqualTo("Paramètres non valides");
        assertThat(fr.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");
        assertThat(fr.getJsonArray("errors").getJsonObject(0).getString("detail")).contains("date de fin");

        Answer notAnId = get("api/v1/meetings/abc", bearer(w.delegateToken()), null);
        assertThat(notAnId.status()).isEqualTo(404);
        assertProblem(notAnId, "notFound", 404);
        Answer unknown = get("api/v1/no-such-resource", bearer(w.delegateToken()), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertProblem(unknown, "notFound", 404);
        NoInternals.assertShowsNoInternals("unknown API address", unknown.body());
        NoInternals.assertShowsNoInternals("bad API parameters", bad.body());
    }

    @Test
    void aUserMakesATokenOnTheProfilePageSeesItOnceAndRevokesIt() throws Exception {
        World w = world();
        HttpVisitor owner = new HttpVisitor(root());
        assertThat(owner.signIn(w.delegate(), TestAccounts.USER_PASSWORD).status()).isEqualTo(302);
        HttpVisitor.Answer profile = owner.get("account/profile.xhtml");
        assertThat(profile.body()).contains("Access tokens for the API", "tokenForm:createToken");

        String name = "Made on the page " + UUID.randomUUID().toString().substring(0, 6);
        HttpVisitor.Answer made = owner.submit(profile, "tokenForm", "createToken", Map.of(
                "tokenForm:tokenName", name, "tokenForm:tokenScope_input", "READ_ONLY",
                "tokenForm:expiresOn_input", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
        Matcher secret = SECRET.matcher(made.body());
        assertThat(secret.find()).as("the secret shown once (%s, %s)", made.status(), made.errorMessages()).isTrue();
        assertThat(made.body()).contains("Copy it now", name);
        assertThat(get("api/v1/organisations", bearer(secret.group()), null).status()).isEqualTo(200);

        // listed, used, never shown again; then revoked with its row's button
        HttpVisitor.Answer again = owner.get("account/profile.xhtml");
        assertThat(again.body()).contains(name, "Read only", "Active").doesNotContain(secret.group());
        HttpVisitor.Answer revoked = owner.submit(again, "tokenForm", "tokens:0:revoke", Map.of());
        assertThat(revoked.body()).contains("was revoked", "Revoked")
                .doesNotContain(secret.group());
        // the refusal of a revoked token is asserted above and in AccessTokensIT (no fifth failed check here)
    }

    @Test
    void anAdministratorRevokesAUsersTokenOnTheUserPage() {
        World w = world();
        String name = "Leaked " + UUID.randomUUID().toString().substring(0, 6);
        token(w.delegate(), name, "READ_ONLY");
        HttpVisitor admin = new HttpVisitor(root());
        assertThat(admin.signIn("admin", TestAccounts.ADMIN_PASSWORD).status()).isEqualTo(302);
        HttpVisitor.Answer page = admin.get("admin/user.xhtml?id=" + w.delegateId());
        assertThat(page.body()).contains(name, "userTokensForm:userTokens:0:revokeToken");

        HttpVisitor.Answer revoked = admin.submit(page, "userTokensForm", "userTokens:0:revokeToken", Map.of());
        assertThat(revoked.body()).contains("was revoked");
        assertThat(admin.get("admin/user.xhtml?id=" + w.delegateId()).body()).contains(name, "Revoked")
                .doesNotContain("userTokensForm:userTokens:0:revokeToken");
        // its refusal at the API's door: AccessTokensIT (a fifth failed check here would lock this machine out)
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndTheBearerScheme() {
        HttpVisitor anonymous = new HttpVisitor(root()); // integrators read it before they have a token
        HttpVisitor.Answer document = anonymous.get("openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.setCookies()).isEmpty();
        assertThat(document.body()).contains("bearerAuth", "bearer", "listOrganisations", "getOrganisation",
                "listAgreements", "getAgreement", "listEditions", "getEdition", "listMeetings", "getMeeting", "/api/v1/meetings/{id}",
                "application/problem+json").doesNotContain("Default Response"); // nothing added by a scan
    }

    // --- helpers ---

    private void assertUnauthorized(Answer answer, String type) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Location")).as("never a redirect to the sign-in page").isNull();
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(answer, type, 401);
    }

    /** A problem details answer of that type and status, without a cookie; its JSON. */
    private static JsonObject assertProblem(Answer answer, String type, int status) {
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getString("type")).isEqualTo("urn:dialogue-meetings:problem:" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).startsWith("/api/");
        return problem;
    }

    private static List<Long> ids(JsonObject page) {
        JsonArray items = page.getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream().map(item -> item.getJsonNumber("id").longValue())
                .toList();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private Answer get(String path, String authorization, String language) throws IOException, InterruptedException {
        return get(URI.create(root() + path), authorization, language);
    }

    private Answer get(URI uri, String authorization, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.header("Accept-Language", language == null ? "en" : language);
        return answer(request.build());
    }

    private Answer send(String method, String path, String authorization) throws IOException, InterruptedException {
        return answer(HttpRequest.newBuilder(URI.create(root() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    /** Every API answer: never a cookie (no session is made for a program). */
    private static Answer answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + request.uri()).isEmpty();
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    private static boolean isCorsHeader(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("access-control-");
    }

    private String root() {
        return base.endsWith("/") ? base : base + "/";
    }

    /** A token of that user: {id, secret}. */
    private String[] token(String username, String name, String scope) {
        return Fixtures.as(base, username, TestAccounts.USER_PASSWORD, "tokens?name=" + Fixtures.encode(name)
                + "&scope=" + scope).split(" ");
    }

    /**
     * An edition of its own with four restricted meetings at the same time (no room): three co-organised by AFRIPOL,
     * one by EUROPOL alone; an AFRIPOL delegate with a read-write and a read-only token; the secretariat's token.
     */
    private synchronized World world() {
        if (world == null) {
            String run = UUID.randomUUID().toString().substring(0, 6);
            int number = 7_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
            long edition = Long.parseLong(Fixtures.asSecretariat(base, "meetings?what=edition&number=" + number
                    + "&title=" + Fixtures.encode("API edition " + run)
                    + "&from=2031-03-01&to=2031-03-31&city=Lyon&country=France"));
            Set<Long> afripol = new LinkedHashSet<>();
            for (int i = 1; i <= 3; i++) {
                afripol.add(Fixtures.meeting(base, "API " + run + " AFRIPOL " + i, "&coOrganisers=AFRIPOL&edition="
                        + edition));
            }
            long europol = Fixtures.meeting(base, "API " + run + " EUROPOL", "&coOrganisers=EUROPOL&edition=" + edition);
            String delegate = "api-delegate-" + run;
            long delegateId = Long.parseLong(Fixtures.asAdministrator(base, "accounts?username=" + delegate
                    + "&fullName=" + Fixtures.encode("API delegate") + "&role=DELEGATE&organisation=AFRIPOL&password="
                    + Fixtures.encode(TestAccounts.USER_PASSWORD)));
            String secretariat = TestAccounts.ensureMade(base, "Secretariat", null);
            world = new World(token(delegate, "Regional system", "READ_WRITE")[1],
                    token(delegate, "Reporting", "READ_ONLY")[1], token(secretariat, "Secretariat", "READ_ONLY")[1],
                    edition, afripol.stream().sorted().toList(), europol, delegate, delegateId);
        }
        return world;
    }
}
