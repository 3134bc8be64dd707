package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.search.SearchQuery;
import org.dialogue.meetings.infrastructure.database.DatabaseMigration;
import org.dialogue.meetings.infrastructure.text.SearchWords;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A benchmark of the search, not a test that times anything: failsafe does not run it with the other container tests
 * (its name does not end in IT). Run it on its own:
 *
 * <pre>
 * flock /tmp/payara.lock mvn -o -B verify -pl meetings-ejb -Dit.test=SearchBenchmark -Dtest=None \
 *     -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dit.postgresql.url=jdbc:postgresql://localhost:5432/DB -Dit.postgresql.user=U -Dit.postgresql.password=P]
 * </pre>
 *
 * In the server, on the database the application migrated with Flyway (the H2 file under target/, and then
 * PostgreSQL when its URL is given), it loads {@value #ACTIONS} actions in {@value #MEETINGS} meetings' minutes, with
 * notes and decisions and every index row, by plain JDBC batch inserts; then times typical searches through
 * {@link SearchService} (the query, need-to-know and all, for the secretariat and for a delegate) and prints the
 * numbers and the database's plan of the search statement, showing the index's primary key used for the word ranges.
 * The report goes to the console and to {@code target/search-benchmark-<database>.txt}.
 */
@ContainerTest
class SearchBenchmark {

    static final int MEETINGS = 2_000;
    static final int ACTIONS_PER_MINUTES = 50;
    static final int ACTIONS = MEETINGS * ACTIONS_PER_MINUTES;
    static final int ITEMS_PER_MINUTES = 3;
    static final int DECISIONS_PER_MINUTES = 5;
    /** Far above what the application's sequence hands out in a test run. */
    static final long BASE = 7_000_000_000L;
    static final int ORGANISATIONS = 8;
    static final long AFRIPOL = 2;

    /** Words of the domain, with accents: each appears in a few percent of the texts. */
    private static final List<String> COMMON = List.of("Sécurité", "cybercriminalité", "frontières", "coopération",
            "formation", "enquêteurs", "drogue", "trafic", "terrorisme", "échange", "information", "police",
            "analyse", "criminalité", "organisée", "migrants", "armes", "blanchiment", "corruption", "maritime",
            "douane", "renseignement", "extradition", "mandat", "fugitifs", "victimes", "traite", "réseau",
            "plateforme", "données", "interopérabilité", "atelier", "région", "Sahel", "Méditerranée", "capacités",
            "experts", "protocole", "cybersécurité", "mécanisme");
    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "vu", "ze",
            "bra", "cle", "dri", "fo", "gu", "ha", "ji", "ku", "ly", "wo");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private SearchService searchService;

    private final List<String> rare = rareWords();
    private final StringBuilder report = new StringBuilder();
    private DataSource dataSource;

    @Test
    void searchesStayFastAtOneHundredThousandActions() throws NamingException, SQLException, IOException {
        users.ensureAccounts();
        DataSource dataSource = InitialContext.doLookup(DatabaseMigration.DATA_SOURCE);
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
            load(connection);
        }
        line("Search benchmark on " + database + ": " + ACTIONS + " actions, " + MEETINGS * ITEMS_PER_MINUTES
                + " notes, " + MEETINGS * DECISIONS_PER_MINUTES + " decisions in " + MEETINGS + " meetings' minutes");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM search_term")) {
            rows.next();
            line("index rows (search_term): " + rows.getLong(1));
        }
        line("");
        line(String.format(Locale.ROOT, "%-44s %-12s %9s %9s %9s %9s %9s", "search (page of 20, then count)",
                "reader", "found", "first ms", "median ms", "max ms", "count ms"));
        this.dataSource = dataSource;
        String rareWord = SearchWords.fold(rare.get(0));
        List<SearchQuery> queries = List.of(SearchQuery.words("securite"), SearchQuery.words(rareWord),
                SearchQuery.words("cyber"), SearchQuery.words("trafic drogue"),
                SearchQuery.words("Sécurité frontières formation"),
                new SearchQuery("securite", null, null, AFRIPOL, ActionStatus.OPEN, null, null, null),
                new SearchQuery("drogue", null, null, null, null, null, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31)));
        for (SearchQuery query : queries) {
            time(query, "secretariat", users.secretariat());
            time(query, "AFRIPOL", users.delegate());
        }
        line("");
        try (Connection connection = dataSource.getConnection()) {
            plan(connection, database);
        }
        System.out.println(report);
        Path folder = Path.of(System.getProperty("meetings.data.dir", "target/it-data")).toAbsolutePath().getParent();
        Path file = folder.resolve("search-benchmark-" + database.toLowerCase(Locale.ROOT) + ".txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("Search benchmark report: " + file);
    }

    // --- timing ---

    /**
     * Changes a meeting, as the application's users do all day: H2 answers a query it has just run from the result
     * it kept while none of its tables changed, and the medians would time that, not the search.
     */
    private void touchMeetings() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE meeting SET version = version + 1 WHERE id = " + BASE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void time(SearchQuery query, String who, Caller caller) {
        long[] pages = new long[11];
        long found = 0;
        long countNanos = Long.MAX_VALUE;
        long firstNanos = 0;
        for (int run = -3; run < pages.length; run++) { // three runs to warm up
            touchMeetings();
            long start = System.nanoTime();
            int size = caller.call(() -> searchService.search(query, 0, 20, 0)).size();
            long pageNanos = System.nanoTime() - start;
            touchMeetings();
            long countStart = System.nanoTime();
            found = caller.call(() -> searchService.count(query));
            long count = System.nanoTime() - countStart;
            assertThat(size).isEqualTo((int) Math.min(20, found));
            if (run == -3) {
                firstNanos = pageNanos;
            }
            if (run >= 0) {
                pages[run] = pageNanos;
                countNanos = Math.min(countNanos, count);
            }
        }
        Arrays.sort(pages);
        String what = query.text() + (query.organisationId() != null ? " +organisation +status"
                : query.from() != null ? " +dates" : "");
        line(String.format(Locale.ROOT, "%-44s %-12s %9d %9.1f %9.1f %9.1f %9.1f", what, who, found,
                firstNanos / 1e6, pages[pages.length / 2] / 1e6, pages[pages.length - 1] / 1e6, countNanos / 1e6));
    }

    /**
     * The plan of the statement the search runs for a delegate searching two words (the same shape as the criteria
     * query of SearchRepository: the first word's range, the second word's EXISTS, need-to-know).
     */
    private void plan(Connection connection, String database) throws SQLException {
        boolean postgresql = database.toLowerCase(Locale.ROOT).contains("postgres");
        String sql = "SELECT DISTINCT t.record_kind, t.record_id, t.minutes_id, mt.starts_at"
                + " FROM search_term t, minutes m, meeting mt"
                + " WHERE t.minutes_id = m.id AND m.meeting_id = mt.id"
                + " AND t.term >= 'drogue' AND t.term < 'drogv'"
                + " AND EXISTS (SELECT t2.record_id FROM search_term t2 WHERE t2.term >= 'trafic'"
                + " AND t2.term < 'trafid' AND t2.record_kind = t.record_kind AND t2.record_id = t.record_id)"
                + " AND m.shared_at IS NOT NULL"
                + " AND (mt.classification = 'OPEN'"
                + " OR (mt.classification = 'RESTRICTED' AND (mt.id IN (SELECT c.meeting_id FROM meeting_co_organiser c"
                + " WHERE c.organisation_id = " + AFRIPOL + ") OR mt.id IN (SELECT p.meeting_id FROM participant p"
                + " WHERE p.organisation_id = " + AFRIPOL + ")))"
                + " OR (mt.classification = 'CONFIDENTIAL' AND mt.id IN (SELECT a.meeting_id FROM meeting_access a"
                + " WHERE a.user_id = -1)))"
                + " ORDER BY mt.starts_at DESC, t.record_id LIMIT 20";
        line("Plan of a delegate's search for \"trafic drogue\" (" + (postgresql ? "EXPLAIN ANALYZE" : "EXPLAIN")
                + "):");
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery((postgresql ? "EXPLAIN ANALYZE " : "EXPLAIN ") + sql)) {
            while (rows.next()) {
                line(rows.getString(1));
            }
        }
    }

    // --- loading ---

    private void load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM action_item WHERE id >= " + BASE)) {
            rows.next();
            if (rows.getLong(1) >= ACTIONS) {
                line("(data already loaded)");
                return;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        Random random = new Random(42);
        long id = BASE;
        try (PreparedStatement meeting = connection.prepareStatement("INSERT INTO meeting (id, version, kind, title,"
                + " starts_at, ends_at, time_zone, venue_name, venue_city, venue_country, status, classification)"
                + " VALUES (?, 0, 'JOINT_OPERATIONAL_MEETING', ?, ?, ?, 'Europe/Paris', 'Headquarters', 'Lyon',"
                + " 'France', 'SCHEDULED', 'RESTRICTED')");
                PreparedStatement organiser = connection.prepareStatement(
                        "INSERT INTO meeting_co_organiser (meeting_id, organisation_id) VALUES (?, ?)");
                PreparedStatement minutes = connection.prepareStatement("INSERT INTO minutes (id, version, meeting_id,"
                        + " revision, state, opened_at, opened_by, saved_at, saved_by, shared_at) VALUES (?, 1, ?, 1,"
                        + " ?, ?, 'benchmark', ?, 'benchmark', ?)");
                PreparedStatement item = connection.prepareStatement("INSERT INTO minutes_item (id, minutes_id,"
                        + " position, title, notes_html, search_text) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement decision = connection.prepareStatement("INSERT INTO minutes_decision (id,"
                        + " minutes_id, position, decision_text, search_text) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement action = connection.prepareStatement("INSERT INTO action_item (id, version,"
                        + " minutes_id, meeting_id, position, title, owner_organisation_id, focal_point, due_date,"
                        + " status, search_text) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement term = connection.prepareStatement("INSERT INTO search_term (term, record_kind,"
                        + " record_id, minutes_id) VALUES (?, ?, ?, ?)")) {
            for (int m = 0; m < MEETINGS; m++) {
                long meetingId = id++;
                long minutesId = id++;
                Instant start = LocalDate.of(2020, 1, 1).plusDays(m * 3653L / MEETINGS).atTime(9, 0)
                        .toInstant(java.time.ZoneOffset.UTC);
                meeting.setLong(1, meetingId);
                meeting.setString(2, "Benchmark meeting " + m);
                meeting.setTimestamp(3, Timestamp.from(start));
                meeting.setTimestamp(4, Timestamp.from(start.plusSeconds(3 * 3600)));
                meeting.addBatch();
                long first = 1 + random.nextInt(ORGANISATIONS);
                long second = 1 + random.nextInt(ORGANISATIONS);
                for (long organisation : new LinkedHashSet<>(List.of(first, second))) {
                    organiser.setLong(1, meetingId);
                    organiser.setLong(2, organisation);
                    organiser.addBatch();
                }
                boolean shared = m % 10 != 0; // one in ten is a draft never circulated
                minutes.setLong(1, minutesId);
                minutes.setLong(2, meetingId);
                minutes.setString(3, shared ? "CIRCULATED" : "DRAFT");
                minutes.setTimestamp(4, Timestamp.from(start));
                minutes.setTimestamp(5, Timestamp.from(start));
                minutes.setTimestamp(6, shared ? Timestamp.from(start) : null);
                minutes.addBatch();
                for (int i = 0; i < ITEMS_PER_MINUTES; i++) {
                    long itemId = id++;
                    String text = sentence(random, 40);
                    item.setLong(1, itemId);
                    item.setLong(2, minutesId);
                    item.setInt(3, i);
                    item.setString(4, "Agenda item " + (i + 1));
                    item.setString(5, "<p>" + text + "</p>");
                    item.setString(6, SearchWords.fold(text));
                    item.addBatch();
                    index(term, "NOTES", itemId, minutesId, text);
                }
                for (int d = 0; d < DECISIONS_PER_MINUTES; d++) {
                    long decisionId = id++;
                    String text = sentence(random, 12);
                    decision.setLong(1, decisionId);
                    decision.setLong(2, minutesId);
                    decision.setInt(3, d);
                    decision.setString(4, text);
                    decision.setString(5, SearchWords.fold(text));
                    decision.addBatch();
                    index(term, "DECISION", decisionId, minutesId, text);
                }
                for (int a = 0; a < ACTIONS_PER_MINUTES; a++) {
                    long actionId = id++;
                    String title = sentence(random, 7);
                    String focalPoint = "Focal point " + rare.get(random.nextInt(rare.size()));
                    action.setLong(1, actionId);
                    action.setLong(2, minutesId);
                    action.setLong(3, meetingId);
                    action.setInt(4, a);
                    action.setString(5, title);
                    action.setLong(6, 1 + random.nextInt(ORGANISATIONS));
                    action.setString(7, focalPoint);
                    action.setObject(8, LocalDate.ofInstant(start, java.time.ZoneOffset.UTC).plusDays(90));
                    action.setString(9, ActionStatus.values()[random.nextInt(ActionStatus.values().length)].name());
                    action.setString(10, SearchWords.fold(title + " " + focalPoint));
                    action.addBatch();
                    index(term, "ACTION", actionId, minutesId, title + " " + focalPoint);
                }
                if (m % 100 == 99) {
                    for (PreparedStatement batch : List.of(meeting, organiser, minutes, item, decision, action, term)) {
                        batch.executeBatch();
                    }
                    connection.commit();
                }
            }
            connection.commit();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        line(String.format(Locale.ROOT, "loaded in %.1f s (JDBC batches, then ANALYZE)",
                (System.nanoTime() - started) / 1e9));
    }

    private static void index(PreparedStatement term, String kind, long recordId, long minutesId, String text)
            throws SQLException {
        for (String word : SearchWords.words(text)) {
            term.setString(1, word);
            term.setString(2, kind);
            term.setLong(3, recordId);
            term.setLong(4, minutesId);
            term.addBatch();
        }
    }

    /** Words of the domain (about one word in four) among rare made-up ones. */
    private String sentence(Random random, int words) {
        List<String> sentence = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            sentence.add(random.nextInt(4) == 0 ? COMMON.get(random.nextInt(COMMON.size()))
                    : rare.get(random.nextInt(rare.size())));
        }
        return String.join(" ", sentence);
    }

    /** 8,000 made-up words of three syllables. */
    private static List<String> rareWords() {
        Set<String> words = new LinkedHashSet<>();
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                for (String c : SYLLABLES) {
                    words.add(a + b + c);
                }
            }
        }
        return List.copyOf(words);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
