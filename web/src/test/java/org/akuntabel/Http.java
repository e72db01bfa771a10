package org.akuntabel;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for tests that talk to the deployed application as a browser or API client would. The static
 * methods call as the demo user {@code admin} (HTTP Basic); {@link #as(User)} calls as another demo user, and
 * {@link #anonymous()} without credentials.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();      // HTTP/1.1: a long request (publishing) outlives h2c idle limits

    /** A user and password (the demo users of README, section Run). */
    public record User(String name, String password) {
    }

    public static final User ADMIN = new User("admin", "demo-admin-2025");
    public static final User KEBIJAKAN = new User("kebijakan", "demo-kebijakan-2025");
    public static final User OPERATOR = new User("operator.beltim", "demo-operator-2025");
    public static final User AUDITOR = new User("auditor", "demo-auditor-2025");
    public static final User PIMPINAN = new User("pimpinan.beltim", "demo-pimpinan-2025");

    private Http() {
    }

    public record Answer(int status, String contentType, String body) {

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    /** A binary answer (a PDF or DOCX file) with its headers. */
    public record File(int status, String contentType, java.util.Map<String, java.util.List<String>> headers, byte[] bytes) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** Calls as {@code user}. */
    public static Caller as(User user) {
        return new Caller(user);
    }

    /** Calls without credentials. */
    public static Caller anonymous() {
        return new Caller(null);
    }

    public static Answer get(URL base, String path) {
        return as(ADMIN).get(base, path);
    }

    public static Answer post(URL base, String path) {
        return as(ADMIN).post(base, path);
    }

    public static Answer post(URL base, String path, String json) {
        return as(ADMIN).post(base, path, json);
    }

    public static Answer postText(URL base, String path, String text) {
        return as(ADMIN).postText(base, path, text);
    }

    public static File download(URL base, String path) {
        return as(ADMIN).download(base, path);
    }

    /** A {@code multipart/form-data} POST with one file part named {@code file} and the text {@code fields}. */
    public static Answer postFile(URL base, String path, String fileName, String contentType, byte[] content,
                                  java.util.Map<String, String> fields) {
        return as(ADMIN).postFile(base, path, fileName, contentType, content, fields);
    }

    /** A POST of raw bytes with the content type given. */
    public static Answer postBytes(URL base, String path, String contentType, byte[] content) {
        return as(ADMIN).postBytes(base, path, contentType, content);
    }

    public static Answer delete(URL base, String path) {
        return as(ADMIN).delete(base, path);
    }

    public static Answer put(URL base, String path, String json) {
        return as(ADMIN).put(base, path, json);
    }

    /** The same calls as one user (or none). */
    public static final class Caller {

        private final User user;

        private Caller(User user) {
            this.user = user;
        }

        public Answer get(URL base, String path) {
            return send(base, path, HttpRequest.newBuilder().GET());
        }

        public Answer post(URL base, String path) {
            return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()));
        }

        public Answer post(URL base, String path, String json) {
            return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json"));
        }

        public Answer postText(URL base, String path, String text) {
            return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(text))
                    .header("Content-Type", "text/plain; charset=UTF-8"));
        }

        public Answer delete(URL base, String path) {
            return send(base, path, HttpRequest.newBuilder().DELETE());
        }

        public Answer put(URL base, String path, String json) {
            return send(base, path, HttpRequest.newBuilder().PUT(HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json"));
        }

        /** A {@code multipart/form-data} POST with one file part named {@code file} and the text {@code fields}. */
        public Answer postFile(URL base, String path, String fileName, String contentType, byte[] content,
                                      java.util.Map<String, String> fields) {
            String boundary = "----akuntabel" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
            return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        }

        /** A POST of raw bytes with the content type given. */
        public Answer postBytes(URL base, String path, String contentType, byte[] content) {
            return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofByteArray(content))
                    .header("Content-Type", contentType));
        }

        /** Any method, with an optional JSON body (null: none). */
        public Answer call(URL base, String method, String path, String json) {
            return send(base, path, HttpRequest.newBuilder().method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
        }

        public File download(URL base, String path) {
            try {
                URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
                HttpResponse<byte[]> response = CLIENT.send(authorised(HttpRequest.newBuilder().GET()).uri(uri)
                        .timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofByteArray());
                return new File(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().map(), response.body());
            } catch (IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException("GET " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest.Builder authorised(HttpRequest.Builder request) {
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
            }
            return request;
        }

        private Answer send(URL base, String path, HttpRequest.Builder request) {
            try {
                URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
                HttpResponse<String> response = CLIENT.send(authorised(request).uri(uri).timeout(Duration.ofSeconds(120))
                        .header("Accept-Language", "id").build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException(path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
