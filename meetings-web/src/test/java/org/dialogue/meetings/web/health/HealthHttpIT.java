package org.dialogue.meetings.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * Health as a load balancer sees it, on the WAR as built: liveness and readiness answer anonymously with JSON naming
 * their checks, all up, and without a session; so does the OpenAPI document (issue 17); Payara's other endpoints on
 * the application's port (the rest of {@code /health}, MicroProfile Metrics, anything else under {@code /openapi/})
 * stay behind the sign-in.
 */
@ApplicationTest
class HealthHttpIT {

    /** Payara's endpoints that stay closed to anonymous visitors (docs/operations.md, Health). */
    private static final List<String> CLOSED = List.of("health", "health/", "health/started", "metrics",
            "metrics/base", "metrics/application", "openapi/ui", "openapi/x");

    @ApplicationAddress
    private String base;

    @Test
    void readinessAnswersAnonymouslyWithTheDatabaseAndTheMigrationsUpAndNoSession() {
        HttpVisitor balancer = new HttpVisitor(base);

        Answer ready = balancer.get("health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(ready.body()).startsWith("{\"status\":\"UP\",")
                .contains("{\"name\":\"database\",\"status\":\"UP\"")
                .containsPattern("\\{\"name\":\"migrations\",\"status\":\"UP\",\"data\":\\{\"schemaVersion\":\"\\d+\"\\}")
                .doesNotContain("DOWN");
        assertThat(ready.setCookies()).isEmpty();
        assertThat(balancer.sessionId()).isNull();
    }

    @Test
    void livenessAnswersAnonymouslyWithItsCheckUpAndNoSession() {
        HttpVisitor balancer = new HttpVisitor(base);

        Answer live = balancer.get("health/live");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[{\"name\":\"threads\",\"status\":\"UP\","
                + "\"data\":{}}]}");
        assertThat(live.setCookies()).isEmpty();
    }

    @Test
    void theOpenApiDocumentAnswersAnonymouslyWithoutASession() {
        HttpVisitor integrator = new HttpVisitor(base);

        Answer document = integrator.get("openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("openapi:", "/api/v1/meetings");
        assertThat(document.setCookies()).isEmpty();
        assertThat(integrator.sessionId()).isNull();
    }

    @Test
    void payarasOtherEndpointsSendAnonymousVisitorsToTheSignInPageWithoutASession() {
        HttpVisitor visitor = new HttpVisitor(base);
        for (String path : CLOSED) {
            Answer answer = visitor.get(path);

            assertThat(answer.status()).as(path).isEqualTo(302);
            assertThat(answer.location().getPath()).as(path).endsWith("/login.xhtml");
            assertThat(answer.setCookies()).as(path).isEmpty();
            assertThat(answer.body()).as(path).doesNotContain("\"status\"", "base_", "openapi:");
        }
    }

    @Test
    void metricsAreForAdministratorsOnlyAndTheRestOfHealthForSignedInUsers() {
        HttpVisitor secretariat = new HttpVisitor(base);
        secretariat.signIn(TestAccounts.ensureMade(base, "Secretariat", null), TestAccounts.USER_PASSWORD);
        HttpVisitor administrator = new HttpVisitor(base);
        administrator.signIn("admin", TestAccounts.ADMIN_PASSWORD);

        Answer refused = secretariat.get("metrics");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("connection_pool");
        Answer metrics = administrator.get("metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("connection_pool");
        Answer health = secretariat.get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"name\":\"database\"", "\"name\":\"threads\"");
    }
}
