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
import java.time.Duration;

/** A small HTTP client for tests that talk to the deployed application as a browser or API client would. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    public record Answer(int status, String contentType, String body) {

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    public static Answer get(URL base, String path) {
        return send(base, path, HttpRequest.newBuilder().GET());
    }

    public static Answer post(URL base, String path) {
        return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static Answer post(URL base, String path, String json) {
        return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    public static Answer postText(URL base, String path, String text) {
        return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "text/plain; charset=UTF-8"));
    }

    /** A binary answer (a PDF or DOCX file) with its headers. */
    public record File(int status, String contentType, java.util.Map<String, java.util.List<String>> headers, byte[] bytes) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    public static File download(URL base, String path) {
        try {
            URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder().GET().uri(uri).timeout(Duration.ofSeconds(180)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new File(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.headers().map(),
                    response.body());
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A {@code multipart/form-data} POST with one file part named {@code file} and the text {@code fields}. */
    public static Answer postFile(URL base, String path, String fileName, String contentType, byte[] content,
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
    public static Answer postBytes(URL base, String path, String contentType, byte[] content) {
        return send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType));
    }

    public static Answer delete(URL base, String path) {
        return send(base, path, HttpRequest.newBuilder().DELETE());
    }

    public static Answer put(URL base, String path, String json) {
        return send(base, path, HttpRequest.newBuilder().PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    private static Answer send(URL base, String path, HttpRequest.Builder request) {
        try {
            URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
            HttpResponse<String> response = CLIENT.send(request.uri(uri).timeout(Duration.ofSeconds(120))
                    .header("Accept-Language", "id").build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
