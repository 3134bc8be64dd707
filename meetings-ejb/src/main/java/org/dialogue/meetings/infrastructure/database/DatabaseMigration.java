package org.dialogue.meetings.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * <p>The data source, {@value #DATA_SOURCE}, is the application's own: the web module's {@code WEB-INF/web.xml}
 * defines it (a {@code <data-source>} there rather than a {@code @DataSourceDefinition} here, so that the pool sizes
 * can be configured: the annotation takes them as int constants), which serves the WAR on Payara Micro and the EAR on
 * Payara Server alike, as {@code java:app} names are shared by the modules of an application. Its settings come from
 * MicroProfile Config ({@code meetings.db.*}); the defaults give an H2 database in the file {@code ./data/meetings.mv.db}
 * relative to the server's working directory. Payara reads that definition only with its check of descriptors against
 * their schema turned off (see docs/operations.md, The connection pool). The EJB module's container tests deploy the
 * same definition.
 */
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
