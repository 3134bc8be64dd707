package org.dialogue.meetings.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else uses it, with the Flyway migrations under
 * {@code db/migration}. The schema is never generated from the entities: an existing database keeps its data and is
 * only ever moved forward by new migrations.
 *
 * <p>The data source is defined here, by the application, so that it deploys unchanged on Payara Micro and on a full
 * Payara Server. Its settings come from MicroProfile Config (system properties, environment variables such as
 * {@code MEETINGS_DB_URL}, or the server's config sources); the defaults give an H2 database in the file
 * {@code ./data/meetings.mv.db} relative to the server's working directory. Payara resolves these references before
 * the application's own config file is read, so the defaults are written inline.
 *
 * <p>{@code WRITE_DELAY=0} on an H2 URL makes each commit reach the file before the commit returns: without it H2
 * writes after a delay, and a save the user saw confirmed was lost in half of the trials where the process was killed
 * at once. Give it on any H2 URL configured through {@code meetings.db.url} too.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=meetings.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=meetings.db.url:jdbc:h2:file:./data/meetings;WRITE_DELAY=0}",
        user = "${MPCONFIG=meetings.db.user:sa}",
        password = "${MPCONFIG=meetings.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits each migration itself
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/meetings";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** The schema version reached by this start's migration; null until it has finished. */
    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        // This module's class loader: in an EAR Flyway sits in lib/ and would not see this module's scripts.
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // Nothing to apply: Flyway gives no target, the schema stays at its initial version.
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * The schema version this start's migration reached, once it has finished (the readiness check reports it).
     * A read lock: it is asked on every health check and changes only once, at start.
     */
    @Lock(LockType.READ)
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}
