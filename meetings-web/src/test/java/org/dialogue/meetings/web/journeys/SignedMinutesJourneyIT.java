package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.MinutesPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A signed record checked as an outsider would, with OpenSSL: minutes approved in the browser (the secretariat
 * circulates, the delegation clicks Approve), then the approved text and its signature downloaded over HTTP with the
 * delegate's session, the public key fetched without any session from the address the minutes page links, and the
 * very {@code openssl} command the README shows run on the three files: "Verified OK"; the same text changed by one
 * byte fails. The fingerprint the minutes page, the PDF and the About page show is the key's id.
 */
@ApplicationTest
class SignedMinutesJourneyIT {

    private static final String ORGANISATION = "AFRIPOL";
    /** The README's command, on one line of a code block. */
    private static final Pattern README_COMMAND = Pattern.compile("(?m)^openssl dgst -sha256 -verify \\S+"
            + " -signature \\S+ \\S+$");

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @TempDir
    Path folder;

    @Test
    void minutesApprovedInTheBrowserVerifyWithTheReadmesOpensslCommandAndAChangedByteFails() throws Exception {
        // Arrange: a meeting co-organised by one organisation, its minutes written and circulated by the secretariat.
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", ORGANISATION);
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        String title = "Signed minutes " + UUID.randomUUID().toString().substring(0, 6);
        long meetingId = MeetingFormPage.openNew(driver, base).fillRequired(title).coOrganisers(ORGANISATION).save()
                .id();
        MeetingPage.open(driver, base, meetingId).addAgendaItem("Opening", 10);
        MinutesPage minutes = MinutesPage.fromMeeting(driver, base, meetingId);
        long minutesId = minutes.id();
        minutes.typeNotes(0, "Agreed", " – a résumé in the record.").save().circulate();

        // Act: the delegation approves in its browser, which ends the round.
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", ORGANISATION);
        minutes = MinutesPage.open(driver, base, minutesId).approve();

        // Assert: approved, with the key's fingerprint beside the hash, and the three files.
        assertThat(minutes.state()).isEqualTo("Approved");
        String fingerprint = minutes.signingKeyId();
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        Browser.screenshot(driver, "minutes-signed");
        String session = Browser.sessionCookies(driver);
        HttpResponse<byte[]> text = get(minutes.downloadHref(), session);
        HttpResponse<byte[]> signature = get(minutes.signatureHref(), session);
        HttpResponse<byte[]> key = get(minutes.signingKeyHref(), null);
        assertThat(List.of(text.statusCode(), signature.statusCode(), key.statusCode())).containsOnly(200);
        assertThat(signature.headers().firstValue("Content-Disposition").orElse(""))
                .contains("minutes-" + meetingId + "-rev1.txt.sig");
        assertThat(signature.body()[0]).as("a DER SEQUENCE").isEqualTo((byte) 0x30);
        assertThat(setCookies(key.headers())).as("the public key is fetched without a session").isEmpty();
        String pem = new String(key.body(), StandardCharsets.US_ASCII);
        assertThat(keyIdOf(pem)).as("the fingerprint is the SHA-256 of the key's DER").isEqualTo(fingerprint);
        assertThat(get(base + "minutes/signature?id=" + minutesId, null).statusCode())
                .as("no signature without signing in").isNotEqualTo(200);

        // The README's command, on the files named as it names them.
        List<String> command = readmeCommand();
        Path textFile = folder.resolve(command.get(command.size() - 1));
        Files.write(folder.resolve(command.get(4)), key.body());
        Files.write(folder.resolve(command.get(6)), signature.body());
        Files.write(textFile, text.body());
        Outcome verified = run(command);
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verified OK");

        byte[] changed = text.body().clone();
        changed[changed.length / 2] ^= 0x01;
        Files.write(textFile, changed);
        Outcome refused = run(command);
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("Verification failure").doesNotContain("Verified OK");

        // The PDF shows the fingerprint beside the hash.
        HttpResponse<byte[]> pdf = get(driver.findElement(By.id("downloadPdf")).getAttribute("href"), session);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).containsSubsequence(minutes.sha256(), fingerprint);
        }
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void theAboutPageShowsTheCurrentKeysFingerprintAndLinksItsPemForAnonymousVisitors() throws Exception {
        HttpResponse<byte[]> current = get(base + "signing-keys/current.pem", null);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(setCookies(current.headers())).isEmpty();
        String fingerprint = keyIdOf(new String(current.body(), StandardCharsets.US_ASCII));
        assertThat(current.headers().firstValue("X-Signing-Key-Id")).hasValue(fingerprint);
        assertThat(get(base + "signing-keys/" + fingerprint + ".pem", null).body()).isEqualTo(current.body());
        assertThat(get(base + "signing-keys/" + "0".repeat(64) + ".pem", null).statusCode()).isEqualTo(404);
        assertThat(get(base + "signing-keys/current.txt", null).statusCode()).isEqualTo(404);

        driver.manage().deleteAllCookies(); // an anonymous visitor
        driver.get(base + "about.xhtml");
        Browser.awaitQuiet(driver);

        assertThat(driver.findElement(By.id("currentKeyId")).getText().strip()).isEqualTo(fingerprint);
        String link = driver.findElement(By.id("currentKeyPem")).getAttribute("href");
        assertThat(get(link, null).body()).isEqualTo(current.body());
        assertThat(driver.findElement(By.id("verifyCommand")).getText()).isEqualTo(String.join(" ", readmeCommand()));
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("no session for the About page").isNull();
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    // --- helpers ---

    private record Outcome(int exitCode, String output) {
    }

    /** The {@code openssl dgst} line of the project's README, split into its words. */
    private static List<String> readmeCommand() throws IOException {
        Path readme = Path.of("..", "README.md");
        Matcher command = README_COMMAND.matcher(Files.readString(readme));
        assertThat(command.find()).as("README.md shows the openssl command").isTrue();
        return Arrays.asList(command.group().split(" "));
    }

    private Outcome run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("openssl finished").isTrue();
        return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    /** The key id of a PEM public key: the SHA-256 of its DER bytes, in hex. */
    private static String keyIdOf(String pem) throws Exception {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(body)));
    }

    private static List<String> setCookies(HttpHeaders headers) {
        return headers.allValues("Set-Cookie");
    }

    /** A GET with the browser's session cookies, or with none; the answer's bytes exactly as sent. */
    private static HttpResponse<byte[]> get(String address, String sessionCookies) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60));
        if (sessionCookies != null) {
            request.header("Cookie", sessionCookies);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
