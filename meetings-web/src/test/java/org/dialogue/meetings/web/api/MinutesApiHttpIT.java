package org.dialogue.meetings.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * One meeting and its approved minutes over the REST API, on the WAR as built: a meeting of AFRIPOL with an agenda
 * item and a participant, its minutes circulated ({@code MinutesFixtureServlet}) and approved by an AFRIPOL delegate.
 * The meeting answers with its agenda, participants and the addresses of its {@code .ics} file and minutes; the
 * minutes with the canonical text whose SHA-256 is the one given, its signature verified with the public key at the
 * address given (fetched without a token); the meeting names that revision as its current minutes. The files the
 * answers link to ({@code .ics}, PDF, canonical text, {@code .sig}) download with the token, without a session or a
 * cookie, and without it still lead to the sign-in page. A delegate of an organisation that does not take part gets
 * 404 from the API, and from the files with its token the answer its pages get signed in: 404.
 */
@ApplicationTest
class MinutesApiHttpIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @ApplicationAddress
    private String base;

    @Test
    void aMeetingWithItsAgendaParticipantsLinksAndItsApprovedMinutesVerifiedWithThePublishedKey() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long meeting = Fixtures.meeting(base, "API minutes " + run, "&coOrganisers=AFRIPOL&item="
                + Fixtures.encode("Opening " + run + "|30") + "&participant=" + Fixtures.encode("Amina Haddad|AFRIPOL"));
        String delegate = account("api-min-af-" + run, "AFRIPOL");
        String outsider = account("api-min-gcc-" + run, "GCCPOL");
        String minutesId = Fixtures.asSecretariat(base, "minutes?meeting=" + meeting + "&deadline="
                + Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)).strip();
        assertThat(Fixtures.as(base, delegate, TestAccounts.USER_PASSWORD, "minutes?approve=" + minutesId
                + "&round=1").strip()).isEqualTo("APPROVED");
        String token = token(delegate);

        JsonObject found = json(get("api/v1/meetings/" + meeting, token));
        assertThat(found.getJsonArray("agenda").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("title") + " " + item.getInt("plannedMinutes"))
                .containsExactly("Opening " + run + " 30");
        assertThat(found.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name") + " " + p.getString("organisation"))
                .containsExactly("Amina Haddad AFRIPOL");
        JsonObject links = found.getJsonObject("links");
        assertThat(URI.create(links.getString("calendar")).getPath()).endsWith("/calendar/meetings/" + meeting
                + ".ics");
        assertThat(links.getString("minutes")).endsWith("/api/v1/meetings/" + meeting + "/minutes");
        JsonObject listed = json(get("api/v1/meetings?limit=1&from=2031-03-17&to=2031-03-17", token));
        // lists stay short: no agenda nor participants there
        assertThat(listed.getJsonArray("items").getJsonObject(0).containsKey("agenda")).isFalse();

        JsonArray approved = Json.createReader(new StringReader(get(links.getString("minutes"), token).body()))
                .readArray();
        assertThat(approved).hasSize(1);
        JsonObject minutes = approved.getJsonObject(0);
        assertThat(minutes.getJsonNumber("id").longValue()).isEqualTo(Long.parseLong(minutesId));
        assertThat(minutes.getInt("revision")).isEqualTo(1);
        assertThat(minutes.getString("state")).isEqualTo("APPROVED");
        assertThat(minutes.getString("approvedAt")).isNotBlank();
        byte[] text = minutes.getString("canonicalText").getBytes(StandardCharsets.UTF_8);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)))
                .isEqualTo(minutes.getString("sha256"));
        JsonObject files = minutes.getJsonObject("links");
        assertThat(URI.create(files.getString("pdf")).getPath() + "?" + URI.create(files.getString("pdf")).getQuery())
                .endsWith("/minutes/pdf?id=" + minutesId);
        HttpResponse<String> pem = HTTP.send(HttpRequest.newBuilder(URI.create(files.getString("signingKey")))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pem.statusCode()).isEqualTo(200);
        assertThat(files.getString("signingKey")).endsWith("/signing-keys/" + minutes.getString("signingKeyId")
                + ".pem");
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey(pem.body()));
        verifier.update(text);
        assertThat(verifier.verify(Base64.getDecoder().decode(minutes.getString("signature")))).isTrue();

        // the meeting points at the revision its page links to: here the approved one
        JsonObject current = found.getJsonObject("currentMinutes");
        assertThat(current.getJsonNumber("id").longValue()).isEqualTo(Long.parseLong(minutesId));
        assertThat(current.getString("state")).isEqualTo("APPROVED");
        assertThat(current.getJsonObject("links").getString("self")).endsWith("/api/v1/minutes/" + minutesId);

        // the files linked from the answers download with the token: no session, no cookie (asserted by file())
        HttpResponse<byte[]> ics = file(links.getString("calendar"), token);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(new String(ics.body(), StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", "API minutes " + run);
        HttpResponse<byte[]> pdf = file(files.getString("pdf"), token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> canonical = file(files.getString("canonical"), token);
        assertThat(canonical.statusCode()).isEqualTo(200);
        assertThat(canonical.body()).isEqualTo(text);
        HttpResponse<byte[]> sig = file(files.getString("signature"), token);
        assertThat(sig.statusCode()).isEqualTo(200);
        assertThat(sig.body()).isEqualTo(Base64.getDecoder().decode(minutes.getString("signature")));
        // without a token they stay the pages' addresses: the sign-in page, as before
        HttpResponse<byte[]> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(files.getString("pdf")))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();

        // need-to-know: an organisation that does not take part
        String other = token(outsider);
        assertThat(get("api/v1/meetings/" + meeting + "/minutes", other).statusCode()).isEqualTo(404);
        assertThat(get("api/v1/meetings/" + meeting, other).statusCode()).isEqualTo(404);
        // its files answer its token as its pages answer it signed in: not found
        HttpVisitor outsiderPages = new HttpVisitor(base.endsWith("/") ? base : base + "/");
        assertThat(outsiderPages.signIn(outsider, TestAccounts.USER_PASSWORD).status()).isEqualTo(302);
        for (String address : List.of(links.getString("calendar"), files.getString("pdf"),
                files.getString("canonical"), files.getString("signature"))) {
            int page = outsiderPages.get(address).status();
            assertThat(page).as("the page's answer to " + address).isEqualTo(404);
            assertThat(file(address, other).statusCode()).as("the token's answer to " + address).isEqualTo(page);
        }
    }

    private HttpResponse<String> get(String address, String token) throws Exception {
        URI uri = address.startsWith("http") ? URI.create(address)
                : URI.create((base.endsWith("/") ? base : base + "/") + address);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + uri).isEmpty();
        return response;
    }

    /** A file linked from an answer, with the token: never a cookie, so never a session. */
    private static HttpResponse<byte[]> file(String address, String token) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + address).isEmpty();
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private String account(String username, String organisation) {
        Fixtures.asAdministrator(base, "accounts?username=" + username + "&fullName=" + Fixtures.encode(username)
                + "&role=DELEGATE&organisation=" + organisation + "&password="
                + Fixtures.encode(TestAccounts.USER_PASSWORD));
        return username;
    }

    /** A read-only token of that user: its secret. */
    private String token(String username) {
        return Fixtures.as(base, username, TestAccounts.USER_PASSWORD, "tokens?name=" + Fixtures.encode("Minutes")
                + "&scope=READ_ONLY").strip().split(" ")[1];
    }
}
