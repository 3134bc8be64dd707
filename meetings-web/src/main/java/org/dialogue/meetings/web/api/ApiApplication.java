package org.dialogue.meetings.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API, version 1, at {@code /api/v1}. A change that breaks a client (a field removed or renamed, a meaning
 * changed) comes as {@code /api/v2} beside it; fields are added to v1 without notice (docs/api.md, Versioning).
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // An error status with a body is written as it is, never through sendError: the error pages are HTML
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
