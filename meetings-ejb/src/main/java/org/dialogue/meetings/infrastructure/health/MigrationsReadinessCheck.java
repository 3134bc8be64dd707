package org.dialogue.meetings.infrastructure.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.dialogue.meetings.infrastructure.database.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once this start's schema migrations are done, with the schema version they reached (an operator sees
 * at a glance that an upgrade has moved the schema). A failed migration fails the deployment, and then Payara itself
 * answers 503 for readiness.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadinessCheck implements HealthCheck {

    public static final String NAME = "migrations";

    @EJB
    private DatabaseMigration migration;

    public MigrationsReadinessCheck() {
        // for CDI
    }

    MigrationsReadinessCheck(DatabaseMigration migration) {
        this.migration = migration;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<String> version = migration.schemaVersion();
        return version.map(reached -> new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP,
                        Optional.of(Map.<String, Object>of("schemaVersion", reached))))
                .orElseGet(() -> new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.empty()));
    }
}
