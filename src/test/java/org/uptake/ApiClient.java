package org.uptake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for API tests: what a real API client sends and sees, without Spring in between. */
public final class ApiClient {

    public static final String PASSWORD = "Werkbank-2027-Salzwedel";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;
    private String language = "en";

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, JsonNode body, Map<String, java.util.List<String>> headers) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    public ApiClient language(String tag) {
        this.language = tag;
        return this;
    }

    public ApiClient token(String bearer) {
        this.token = bearer;
        return this;
    }

    /** The same person (token and language) talking to another instance of the application. */
    public ApiClient at(int otherPort) {
        ApiClient other = new ApiClient(otherPort).language(language);
        other.token = token;
        return other;
    }

    /** Registers a fresh account and signs in with a token; returns its e-mail. */
    public String signUp() {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        Response registered = post("/api/v1/accounts",
                Map.of("email", email, "password", PASSWORD, "displayName", "Test User", "locale", "en"));
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        signIn(email, PASSWORD);
        return email;
    }

    public Response signIn(String email, String password) {
        Response response = post("/api/v1/auth/token", Map.of("username", email, "password", password));
        if (response.status() == 200) {
            token = response.text("token");
        }
        return response;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public record BytesResponse(int status, byte[] bytes, String contentType) {
    }

    /** A download such as a PDF report. */
    public BytesResponse getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BytesResponse(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, Object body) {
        return send(request(path).POST(json(body)).header("Content-Type", "application/json"));
    }

    public Response postRaw(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    public Response put(String path, Object body) {
        return send(request(path).PUT(json(body)).header("Content-Type", "application/json"));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload: the text fields and one file (for document uploads). */
    public Response postFile(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----uptake" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }
}
