package org.dialogue.meetings.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.PostgreSql;
import org.dialogue.meetings.web.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A database made by the earlier release (main before issue 15, Flyway V1 to V14; {@link EarlierRelease} says what it
 * holds, {@code src/test/resources/upgrade/README.md} how it was made) is upgraded by this build with nothing lost,
 * on H2 and on PostgreSQL; and a {@code pg_dump} of the upgraded PostgreSQL database, restored into an empty one,
 * serves the same records. Each time the product's WAR (no test fixtures) is started as the run command starts it, on
 * a data folder holding the earlier release's signing keystore (as an operator's restore brings it back), and then:
 * <ul>
 * <li>the schema is at the newest migration this build contains (whatever its number);
 * <li>every meeting, approved minutes, action, user and signing key of the earlier release is still there, and the
 * approved minutes' SHA-256, signature and key id are unchanged in the database;
 * <li>every user signs in with the password chosen in the earlier release;
 * <li>every approved record's canonical text, downloaded from the application, hashes to its stored SHA-256, and its
 * signature, downloaded too, verifies with the key the application publishes under its key id, in Java and with the
 * README's {@code openssl dgst -verify} command.
 * </ul>
 * Three Payara Micro starts: H2, PostgreSQL upgraded, PostgreSQL restored. The PostgreSQL part runs only when the tests
 * are given a server ({@code -Dit.postgresql.url/user/password}, as {@code .ci/run} does; the role must be allowed to
 * create databases), and is skipped otherwise. Its databases are {@code upgrade_it_upgraded} and
 * {@code upgrade_it_restored}, dropped at the start of each run and at the end of a passing one.
 */
class UpgradeAndRestoreIT {

    private static final String UPGRADED = "upgrade_it_upgraded";
    private static final String RESTORED = "upgrade_it_restored";
    private static final Pattern MIGRATION = Pattern.compile("db/migration/V([0-9._]+)__[^/]*\\.sql");

    private final Path work = Path.of(TestServer.required("upgrade.dir"));
    private final Path war = Path.of(TestServer.required("application.war"));

    @Test
    void anH2DatabaseOfTheEarlierReleaseIsMigratedWithNothingLost() throws Exception {
        Path folder = work.resolve("h2");
        String url = "jdbc:h2:file:" + folder.resolve("database").resolve("meetings");
        long started = System.nanoTime();
        Snapshot before;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + fixture(EarlierRelease.H2_SCRIPT) + "' CHARSET 'UTF-8'");
            before = Snapshot.of(connection);
        }
        report("H2: fixture restored with RUNSCRIPT in %d ms", started);
        assertIsTheEarlierRelease(before);

        started = System.nanoTime();
        try (TestServer server = TestServer.start(folder.resolve("server"), war, url + ";WRITE_DELAY=0",
                dataFolder(folder), jvmOptions())) {
            report("H2: upgraded by the start of this build, ready in %d ms", started);
            checkThroughTheApplication(server.address(), before, folder.resolve("downloads"));
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertNothingLost(before, Snapshot.of(connection));
        }
    }

    @Test
    void aPostgreSqlDatabaseOfTheEarlierReleaseIsMigratedThenBackedUpAndRestoredWithEveryHashChecking()
            throws Exception {
        PostgreSql postgreSql = PostgreSql.given();
        assumeTrue(postgreSql != null, "no PostgreSQL given (-Dit.postgresql.url/user/password): PostgreSQL part skipped");
        Path folder = work.resolve("postgresql");
        Files.createDirectories(folder);

        postgreSql.recreate(UPGRADED);
        postgreSql.drop(RESTORED);
        long started = System.nanoTime();
        postgreSql.psql(UPGRADED, fixture(EarlierRelease.POSTGRESQL_DUMP));
        report("PostgreSQL: fixture loaded with psql in %d ms", started);
        Snapshot before = snapshot(postgreSql, UPGRADED);
        assertIsTheEarlierRelease(before);

        started = System.nanoTime();
        try (TestServer server = start(postgreSql, UPGRADED, folder.resolve("upgraded"))) {
            report("PostgreSQL: upgraded by the start of this build, ready in %d ms", started);
            checkThroughTheApplication(server.address(), before, folder.resolve("upgraded").resolve("downloads"));
        }
        Snapshot upgraded = snapshot(postgreSql, UPGRADED);
        assertNothingLost(before, upgraded);

        // The operator's backup and restore (docs/operations.md): pg_dump -Fc, pg_restore into an empty database.
        Path dump = folder.resolve("meetings.dump");
        started = System.nanoTime();
        postgreSql.pgDump(UPGRADED, dump, "--format=custom");
        report("PostgreSQL: pg_dump --format=custom in %d ms, " + Files.size(dump) + " bytes", started);
        postgreSql.recreate(RESTORED);
        started = System.nanoTime();
        postgreSql.pgRestore(RESTORED, dump);
        report("PostgreSQL: pg_restore into an empty database in %d ms", started);
        assertThat(snapshot(postgreSql, RESTORED)).as("the restored database").isEqualTo(upgraded);

        started = System.nanoTime();
        try (TestServer server = start(postgreSql, RESTORED, folder.resolve("restored"))) {
            report("PostgreSQL: started on the restored database, ready in %d ms", started);
            checkThroughTheApplication(server.address(), upgraded, folder.resolve("restored").resolve("downloads"));
        }
        assertThat(snapshot(postgreSql, RESTORED)).as("the restored database after a start").isEqualTo(upgraded);

        postgreSql.drop(UPGRADED);
        postgreSql.drop(RESTORED);
    }

    // --- what the earlier release left, and what must still be there ---

    /** The fixture holds what {@link EarlierRelease} says: the checks below compare against something real. */
    private static void assertIsTheEarlierRelease(Snapshot before) {
        assertThat(before.schemaVersion()).as("the earlier release's schema").isEqualTo(EarlierRelease.SCHEMA_VERSION);
        assertThat(before.meetingTitles()).containsExactlyInAnyOrderElementsOf(EarlierRelease.MEETING_TITLES);
        assertThat(before.approvedMinutes()).isEqualTo(EarlierRelease.APPROVED_MINUTES);
        assertThat(before.actions()).isEqualTo(EarlierRelease.ACTIONS);
        assertThat(before.users()).hasSize(EarlierRelease.USERS).contains("admin")
                .containsAll(EarlierRelease.PASSWORDS.keySet());
        assertThat(before.hashed()).extracting(Hashed::meetingTitle)
                .containsExactlyInAnyOrder(EarlierRelease.APPROVED_IN_ENGLISH, EarlierRelease.APPROVED_IN_FRENCH);
        assertThat(before.hashed()).allSatisfy(record -> {
            assertThat(record.sha256()).matches("[0-9a-f]{64}");
            assertThat(record.signature()).isNotBlank();
            assertThat(record.keyId()).isIn(before.signingKeys());
        });
    }

    /** Every record is there, unchanged, and the schema is at this build's newest migration. */
    private void assertNothingLost(Snapshot before, Snapshot after) throws IOException {
        assertThat(after.schemaVersion()).as("the schema after the upgrade: this build's newest migration")
                .isEqualTo(newestMigration());
        assertThat(after.meetings()).isEqualTo(before.meetings());
        assertThat(after.meetingTitles()).isEqualTo(before.meetingTitles());
        assertThat(after.approvedMinutes()).isEqualTo(before.approvedMinutes());
        assertThat(after.actions()).isEqualTo(before.actions());
        assertThat(after.users()).isEqualTo(before.users());
        assertThat(after.hashed()).as("approved minutes: hash, signature, key").isEqualTo(before.hashed());
        assertThat(after.signingKeys()).isEqualTo(before.signingKeys());
    }

    /**
     * Through the running application: every user signs in with their password (and a wrong one is refused), every
     * hashed record's text and signature check, and the restored keystore is the key that signs.
     */
    private static void checkThroughTheApplication(String base, Snapshot expected, Path downloads) throws Exception {
        Map<String, String> passwords = new LinkedHashMap<>(EarlierRelease.PASSWORDS);
        passwords.put("admin", TestAccounts.ADMIN_PASSWORD);
        for (Map.Entry<String, String> user : passwords.entrySet()) {
            HttpVisitor.Answer answer = new HttpVisitor(base).signIn(user.getKey(), user.getValue());
            assertThat(answer.status()).as("sign-in of %s with the earlier release's password", user.getKey())
                    .isEqualTo(302);
            assertThat(answer.location().getPath()).as("where %s lands", user.getKey()).doesNotContain("login");
        }
        assertThat(new HttpVisitor(base).signIn(EarlierRelease.OBSERVER, "not the password").status())
                .as("a wrong password").isNotEqualTo(302);

        HttpVisitor secretariat = new HttpVisitor(base);
        assertThat(secretariat.signIn(EarlierRelease.SECRETARIAT, passwords.get(EarlierRelease.SECRETARIAT)).status())
                .isEqualTo(302);
        Files.createDirectories(downloads);
        for (Hashed record : expected.hashed()) {
            byte[] text = download(base, secretariat, "minutes/canonical?id=" + record.id());
            assertThat(new String(text, StandardCharsets.UTF_8)).as("the canonical text of minutes %d", record.id())
                    .startsWith("MINUTES\nFormat: dialogue-minutes/1\nMeeting: " + record.meetingTitle() + "\n");
            assertThat(sha256(text)).as("SHA-256 of the canonical text of minutes %d", record.id())
                    .isEqualTo(record.sha256());
            byte[] signature = download(base, secretariat, "minutes/signature?id=" + record.id());
            assertThat(signature).isEqualTo(Base64.getDecoder().decode(record.signature()));
            byte[] pem = download(base, null, "signing-keys/" + record.keyId() + ".pem");
            PublicKey key = publicKey(pem);
            assertThat(sha256(key.getEncoded())).as("the published key's id").isEqualTo(record.keyId());
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(text);
            assertThat(verifier.verify(signature)).as("signature of minutes %d", record.id()).isTrue();
            assertThat(openSslVerifies(downloads.resolve("minutes-" + record.id()), text, signature, pem))
                    .as("openssl dgst -sha256 -verify on minutes %d", record.id()).isEqualTo("Verified OK");
        }
        byte[] current = download(base, null, "signing-keys/current.pem");
        assertThat(sha256(publicKey(current).getEncoded())).as("the key that signs now: the restored keystore's")
                .isIn(expected.signingKeys());
    }

    // --- the database, read directly ---

    /** One approved (or superseded) record: what its hash and signature are checked against. */
    record Hashed(long id, String meetingTitle, String sha256, String signature, String keyId) {
    }

    record Snapshot(String schemaVersion, long meetings, List<String> meetingTitles, long approvedMinutes,
            long actions, List<String> users, List<Hashed> hashed, List<String> signingKeys) {

        /** The same SQL on H2 and PostgreSQL (Flyway's table has quoted lower-case names on both). */
        static Snapshot of(Connection connection) throws SQLException {
            List<String> versions = strings(connection,
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL");
            List<Hashed> hashed = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT m.id, t.title, m.approved_sha256, m.approved_signature, m.approved_key_id FROM minutes m"
                            + " JOIN meeting t ON t.id = m.meeting_id WHERE m.approved_sha256 IS NOT NULL"
                            + " ORDER BY m.id")) {
                while (rows.next()) {
                    hashed.add(new Hashed(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
            return new Snapshot(versions.stream().max(VERSIONS).orElse(null),
                    count(connection, "SELECT count(*) FROM meeting"),
                    strings(connection, "SELECT title FROM meeting ORDER BY id"),
                    count(connection, "SELECT count(*) FROM minutes WHERE state = 'APPROVED'"),
                    count(connection, "SELECT count(*) FROM action_item"),
                    strings(connection, "SELECT username FROM user_account ORDER BY username"), hashed,
                    strings(connection, "SELECT key_id FROM signing_key ORDER BY key_id"));
        }

        private static long count(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private static List<String> strings(Connection connection, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Flyway's versions, compared part by part as numbers ("15" after "9", "15.1" after "15"). */
    private static final Comparator<String> VERSIONS = (a, b) -> {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    };

    /** The newest migration in this build: of the EJB module's jar inside the WAR under test. */
    private String newestMigration() throws IOException {
        List<String> versions = new ArrayList<>();
        try (ZipFile application = new ZipFile(war.toFile())) {
            ZipEntry ejb = application.stream().filter(e -> e.getName().matches("WEB-INF/lib/meetings-ejb[^/]*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no meetings-ejb jar in " + war));
            try (ZipInputStream jar = new ZipInputStream(application.getInputStream(ejb))) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    Matcher migration = MIGRATION.matcher(entry.getName());
                    if (migration.matches()) {
                        versions.add(migration.group(1).replace('_', '.'));
                    }
                }
            }
        }
        assertThat(versions).as("migrations in " + war).isNotEmpty();
        return versions.stream().max(VERSIONS).orElseThrow();
    }

    private static Snapshot snapshot(PostgreSql postgreSql, String database) throws SQLException {
        try (Connection connection = postgreSql.connect(database)) {
            return Snapshot.of(connection);
        }
    }

    // --- servers, files, downloads ---

    private TestServer start(PostgreSql postgreSql, String database, Path folder) throws IOException {
        return TestServer.start(folder.resolve("server"), war, postgreSql.jdbcUrl(database), dataFolder(folder),
                jvmOptions() + " " + postgreSql.serverOptions());
    }

    /**
     * A data folder with the earlier release's signing keystore and its password file, owner-only as the application
     * made them: what an operator restores beside the database.
     */
    private static Path dataFolder(Path folder) throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        for (String file : List.of(EarlierRelease.KEYSTORE, EarlierRelease.KEYSTORE_PASSWORD)) {
            Path copy = data.resolve(Path.of(file).getFileName().toString());
            Files.copy(fixture(file), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
        }
        return data;
    }

    private static Path fixture(String resource) {
        try {
            return Path.of(UpgradeAndRestoreIT.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jvmOptions() {
        return System.getProperty("payara.micro.jvmOptions", "");
    }

    /** GET of a file as bytes, signed in as {@code visitor}'s session (null: anonymous); it must answer 200. */
    private static byte[] download(String base, HttpVisitor visitor, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (visitor != null) {
            request.header("Cookie", visitor.cookieHeader());
        }
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as("GET " + path).isEqualTo(200);
        return answer.body();
    }

    private static PublicKey publicKey(byte[] pem) throws Exception {
        String base64 = new String(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** The README's check: {@code openssl dgst -sha256 -verify key.pem -signature minutes.sig minutes.txt}. */
    private static String openSslVerifies(Path folder, byte[] text, byte[] signature, byte[] pem) throws Exception {
        Files.createDirectories(folder);
        Files.write(folder.resolve("minutes.txt"), text);
        Files.write(folder.resolve("minutes.sig"), signature);
        Files.write(folder.resolve("key.pem"), pem);
        Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-verify", "key.pem", "-signature",
                "minutes.sig", "minutes.txt").directory(folder.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream out = openssl.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A figure for docs/operations.md, in the test's output. */
    private static void report(String format, long startedNanos) {
        System.out.printf("UpgradeAndRestoreIT: " + format + "%n", (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
