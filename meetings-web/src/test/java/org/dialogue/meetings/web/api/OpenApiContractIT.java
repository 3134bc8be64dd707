package org.dialogue.meetings.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI contract (issue 17): the document served at {@code /openapi}, read without a token, parses with
 * swagger-parser without a message (but the one about Payara's own {@code endpoints} extension); every JAX-RS resource method of the API package is in it (path and HTTP method:
 * an operation added without its description fails the build); and every documented GET, called with its documented
 * examples as the secretariat and as a delegate, answers a status the document lists for it with a JSON body that
 * matches the documented schema (types, enums, required properties, and no property the schema does not name).
 */
@ApplicationTest
class OpenApiContractIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final String PAYARAS_ENDPOINTS = "attribute endpoints is unexpected";

    @ApplicationAddress
    private String base;

    @Test
    void theServedDocumentParsesAndDescribesEveryResourceMethod() throws Exception {
        OpenAPI api = document();

        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method.name() + " " + path)));
        Set<String> implemented = resourceMethods();

        assertThat(implemented).as("resource methods found").hasSizeGreaterThanOrEqualTo(10);
        assertThat(documented).as("operations of openapi.yaml").containsAll(implemented);
        assertThat(implemented).as("documented operations that exist").containsAll(documented);
    }

    @Test
    void everyDocumentedReadAnswersAsDocumentedToTheSecretariatAndToADelegate() throws Exception {
        OpenAPI api = document();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String delegate = "api-contract-" + run;
        Fixtures.asAdministrator(base, "accounts?username=" + delegate + "&fullName=" + Fixtures.encode(delegate)
                + "&role=DELEGATE&organisation=AFRIPOL&password=" + Fixtures.encode(TestAccounts.USER_PASSWORD));
        List<String> tokens = List.of(token(TestAccounts.ensureMade(base, "Secretariat", null)), token(delegate));

        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            Operation get = path.getValue().getGet();
            if (get == null) {
                continue;
            }
            URI address = example(path.getKey(), get);
            for (String token : tokens) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(address)
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                calls++;
                String call = get.getOperationId() + " " + address.getPath() + "?" + address.getQuery() + " -> "
                        + answer.statusCode();
                ApiResponse documented = get.getResponses().get(String.valueOf(answer.statusCode()));
                if (documented == null) {
                    problems.add(call + ": status not documented");
                    continue;
                }
                String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
                MediaType media = documented.getContent() == null ? null : documented.getContent().get(type);
                if (media == null) {
                    problems.add(call + ": content type " + type + " not documented");
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                    validate(media.getSchema(), reader.readValue(), call + " $", problems);
                }
            }
        }
        System.out.println("OpenApiContractIT: " + calls + " documented reads called");
        assertThat(calls).isGreaterThanOrEqualTo(2 * 8);
        assertThat(problems).isEmpty();
    }

    // --- the document ---

    private OpenAPI document() throws IOException, InterruptedException {
        HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "openapi"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        // Payara adds a top-level "endpoints" map (its own extension, not OpenAPI's) to the document it serves
        assertThat(parsed.getMessages()).as("swagger-parser's messages")
                .allMatch(PAYARAS_ENDPOINTS::equals);
        assertThat(parsed.getOpenAPI()).isNotNull();
        return parsed.getOpenAPI();
    }

    /** "GET /api/v1/meetings/{id}" for each resource method of the API package's classes. */
    private static Set<String> resourceMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        String root = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        java.nio.file.Path folder = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolve(ApiApplication.class.getPackageName().replace('.', '/'));
        Set<String> found = new TreeSet<>();
        List<String> classes;
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            classes = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())).toList();
        }
        for (String name : classes) {
            // not initialised: Problems makes a JSON-B instance, whose provider only the server has
            Class<?> type = Class.forName(ApiApplication.class.getPackageName() + "." + name, false,
                    OpenApiContractIT.class.getClassLoader());
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        found.add(http.value() + " " + join(root, classPath.value(),
                                methodPath == null ? "" : methodPath.value()));
                    }
                }
            }
        }
        return found;
    }

    private static String join(String... parts) {
        return Stream.of(parts).map(part -> part.replaceAll("^/|/$", "")).filter(part -> !part.isEmpty())
                .collect(Collectors.joining("/", "/", "")).replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /** The operation's address with its documented example for every parameter. */
    private URI example(String path, Operation operation) {
        String address = path;
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of()
                : operation.getParameters()) {
            Object example = parameter.getExample();
            assertThat(example).as("example of " + parameter.getName() + " in " + operation.getOperationId())
                    .isNotNull();
            String value = String.valueOf(example);
            if ("path".equals(parameter.getIn())) {
                address = address.replace("{" + parameter.getName() + "}", value);
            } else if ("query".equals(parameter.getIn())) {
                query.add(parameter.getName() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return URI.create(root() + address.substring(1) + (query.isEmpty() ? "" : "?" + String.join("&", query)));
    }

    // --- the schema walk ---

    private static void validate(Schema<?> schema, JsonValue value, String at, List<String> problems) {
        if (schema == null) {
            problems.add(at + ": no schema");
            return;
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        switch (type) {
            case "object" -> {
                if (!(value instanceof JsonObject object)) {
                    problems.add(at + ": not an object");
                    return;
                }
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                for (String required : schema.getRequired() == null ? List.<String>of() : schema.getRequired()) {
                    if (!object.containsKey(required)) {
                        problems.add(at + "." + required + ": required, missing");
                    }
                }
                object.forEach((name, inner) -> {
                    Schema<?> property = properties.get(name);
                    if (property == null) {
                        problems.add(at + "." + name + ": not in the documented schema");
                    } else {
                        validate(property, inner, at + "." + name, problems);
                    }
                });
            }
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    problems.add(at + ": not an array");
                    return;
                }
                for (int i = 0; i < array.size(); i++) {
                    validate(schema.getItems(), array.get(i), at + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!(value instanceof JsonString string)) {
                    problems.add(at + ": not a string");
                } else if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                        && !schema.getEnum().stream().map(String::valueOf).toList().contains(string.getString())) {
                    problems.add(at + ": " + string.getString() + " not among " + schema.getEnum());
                }
            }
            case "integer" -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    problems.add(at + ": not an integer");
                }
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    problems.add(at + ": not a number");
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    problems.add(at + ": not a boolean");
                }
            }
            default -> problems.add(at + ": schema type " + type.toLowerCase(Locale.ROOT) + " not checked here");
        }
    }

    // --- helpers ---

    private String root() {
        return base.endsWith("/") ? base : base + "/";
    }

    /** A read-only token of that user (valid: no failed token check here, for the throttle's sake). */
    private String token(String username) {
        return Fixtures.as(base, username, TestAccounts.USER_PASSWORD, "tokens?name=" + Fixtures.encode("Contract")
                + "&scope=READ_ONLY").strip().split(" ")[1];
    }
}
