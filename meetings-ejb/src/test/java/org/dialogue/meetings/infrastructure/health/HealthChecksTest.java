package org.dialogue.meetings.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.dialogue.meetings.infrastructure.database.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application's health checks outside the container: readiness follows the database (up when it answers, down
 * when it refuses or hangs, within the deadline and without piling up questions) and the migrations (down until they
 * have run, then the schema version they reached); liveness does not depend on the database at all, and reports
 * deadlocked threads.
 */
class HealthChecksTest {

    private static final Duration DEADLINE = Duration.ofMillis(500);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void theDatabaseIsUpWhenItAnswers() {
        HealthCheckResponse answer = new DatabaseReadinessCheck(h2(), threads, DEADLINE).call();

        assertThat(answer.getName()).isEqualTo("database");
        assertThat(answer.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theDatabaseIsDownWhenItRefusesAndTheAnswerNamesNoInternals() {
        DataSource refusing = dataSource(() -> {
            throw new SQLException("Connection to db.internal:5432 refused, user meetings");
        });

        HealthCheckResponse answer = new DatabaseReadinessCheck(refusing, threads, DEADLINE).call();

        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getData()).contains(Map.of("reason", "refused"));
    }

    @Test
    void whileTheDatabaseIsDownItIsAskedAgainOnlyAfterThePauseSoAnOutageDoesNotFloodTheLog() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        DataSource refusing = dataSource(() -> {
            attempts.incrementAndGet();
            throw new SQLException("refused");
        });
        DatabaseReadinessCheck check = new DatabaseReadinessCheck(refusing, threads, DEADLINE)
                .pausingWhileDown(Duration.ofMinutes(1));

        for (int i = 0; i < 5; i++) {
            assertThat(check.call().getData()).contains(Map.of("reason", "refused"));
        }

        assertThat(attempts).as("connections asked for during the pause").hasValue(1);
    }

    @Test
    void aConnectionBrokenByADatabaseRestartIsDroppedFromThePoolSoTheNextCheckIsUp() throws Exception {
        DataSource working = h2();
        java.sql.Connection broken = (java.sql.Connection) Proxy.newProxyInstance(LOADER,
                new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> false;
                    case "close" -> null;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "a connection broken by a database restart";
                    default -> throw new SQLException("broken");
                });
        java.util.List<java.sql.Connection> dropped = new java.util.ArrayList<>();
        java.util.Deque<java.sql.Connection> pooled = new java.util.ArrayDeque<>(java.util.List.of(broken));
        DataSource pool = (DataSource) Proxy.newProxyInstance(LOADER, new Class<?>[] {PayaraLikeDataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> pooled.isEmpty() ? working.getConnection() : pooled.poll();
                    case "markConnectionAsBad" -> dropped.add((java.sql.Connection) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DatabaseReadinessCheck check = new DatabaseReadinessCheck(pool, threads, Duration.ofSeconds(5));

        HealthCheckResponse first = check.call();
        HealthCheckResponse second = check.call();

        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat(first.getData()).contains(Map.of("reason", "refused"));
        assertThat(dropped).containsExactly(broken);
        assertThat(second.getStatus()).isEqualTo(Status.UP);
    }

    /** The part of Payara's {@code com.sun.appserv.jdbc.DataSource} the check uses. */
    public interface PayaraLikeDataSource extends DataSource {
        void markConnectionAsBad(java.sql.Connection connection);
    }

    private static final ClassLoader LOADER = HealthChecksTest.class.getClassLoader();

    @Test
    void aDatabaseThatHangsIsDownWithinTheDeadlineAndIsAskedOnceUntilItAnswers() throws Exception {
        CountDownLatch databaseBack = new CountDownLatch(1);
        AtomicInteger questions = new AtomicInteger();
        DataSource working = h2();
        working.getConnection().close(); // H2 started, so its first answer does not count against the deadline
        DataSource hanging = dataSource(() -> {
            questions.incrementAndGet();
            databaseBack.await();
            return working.getConnection();
        });
        DatabaseReadinessCheck check = new DatabaseReadinessCheck(hanging, threads, DEADLINE);

        long started = System.nanoTime();
        HealthCheckResponse first = check.call();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        HealthCheckResponse second = check.call();

        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat(first.getData()).contains(Map.of("reason", "no answer within 500 ms"));
        assertThat(tookMillis).isBetween(DEADLINE.toMillis() - 50, DEADLINE.toMillis() + 1500);
        assertThat(second.getStatus()).isEqualTo(Status.DOWN);
        assertThat(questions).as("questions sent to the hanging database").hasValue(1);

        // Back: the question under way gets its answer, and the checks are up again.
        databaseBack.countDown();
        HealthCheckResponse back = check.call();
        for (int i = 0; i < 10 && back.getStatus() != Status.UP; i++) {
            back = check.call();
        }
        assertThat(back.getStatus()).isEqualTo(Status.UP);
        assertThat(questions).hasValueBetween(1, 2);
    }

    @Test
    void theMigrationsAreDownUntilTheyHaveRunThenUpWithTheSchemaVersion() throws Exception {
        DatabaseMigration migration = new DatabaseMigration();
        MigrationsReadinessCheck check = new MigrationsReadinessCheck(migration);
        assertThat(check.call().getName()).isEqualTo("migrations");
        assertThat(check.call().getStatus()).isEqualTo(Status.DOWN);

        set(migration, "dataSource", h2());
        migrate(migration);
        HealthCheckResponse migrated = check.call();
        // A second start finds nothing to apply and reports the same version.
        DatabaseMigration again = new DatabaseMigration();
        set(again, "dataSource", get(migration, "dataSource"));
        migrate(again);

        assertThat(migrated.getStatus()).isEqualTo(Status.UP);
        Object version = migrated.getData().orElseThrow().get("schemaVersion");
        assertThat(version).asString().matches("\\d+(\\.\\d+)*");
        assertThat(new MigrationsReadinessCheck(again).call().getData())
                .contains(Map.of("schemaVersion", version));
    }

    @Test
    void livenessAsksNothingOfTheDatabase() {
        for (Field field : ThreadsLivenessCheck.class.getDeclaredFields()) {
            assertThat(field.getType()).as(field.getName())
                    .isNotIn(DataSource.class, EntityManager.class, DatabaseMigration.class);
        }
        assertThat(Arrays.stream(ThreadsLivenessCheck.class.getDeclaredConstructors())
                .flatMap(constructor -> Arrays.stream(constructor.getParameterTypes()))).isEmpty();

        HealthCheckResponse answer = new ThreadsLivenessCheck().call();

        assertThat(answer.getName()).isEqualTo("threads");
        assertThat(answer.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void livenessIsDownWhileThreadsAreDeadlocked() throws Exception {
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHeld = new CountDownLatch(2);
        Thread one = deadlocking(first, second, bothHeld);
        Thread two = deadlocking(second, first, bothHeld);
        try {
            ThreadsLivenessCheck check = new ThreadsLivenessCheck();
            HealthCheckResponse answer = check.call();
            for (int i = 0; i < 50 && answer.getStatus() == Status.UP; i++) {
                Thread.sleep(100);
                answer = check.call();
            }

            assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
            assertThat(answer.getData()).contains(Map.of("deadlocked", 2));
        } finally {
            one.interrupt();
            two.interrupt();
            one.join(5000);
            two.join(5000);
        }
        assertThat(new ThreadsLivenessCheck().call().getStatus()).isEqualTo(Status.UP);
    }

    /** A thread that takes {@code mine}, waits until the other holds its own, then waits for {@code theirs}. */
    private static Thread deadlocking(ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHeld) {
        Thread thread = new Thread(() -> {
            mine.lock();
            try {
                bothHeld.countDown();
                bothHeld.await();
                theirs.lockInterruptibly();
            } catch (InterruptedException e) {
                // the test ends the deadlock
            } finally {
                mine.unlock();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private interface ConnectionSource {
        java.sql.Connection get() throws Exception;
    }

    /** A data source whose {@code getConnection()} does what the test says. */
    private static DataSource dataSource(ConnectionSource connections) {
        return (DataSource) Proxy.newProxyInstance(HealthChecksTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connections.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static void migrate(DatabaseMigration migration) throws Exception {
        Method migrate = DatabaseMigration.class.getDeclaredMethod("migrate");
        migrate.setAccessible(true);
        migrate.invoke(migration);
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static Object get(Object target, String name) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
