package org.akuntabel.registers.importing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body taken apart: each part by its name, with its file name, content type and
 * bytes. Small and strict: enough for a form with a file and a few text fields.
 */
final class Multipart {

    /** One part of the body. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    /** The boundary of a multipart content type, {@code null} when it is not one. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = p.substring("boundary=".length());
                return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The parts of {@code body}, by name; throws {@link IllegalArgumentException} when the body is not well formed. */
    static Map<String, Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("Isi multipart tanpa batas '" + boundary + "'");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts;
            }
            start = skipLineBreak(body, start);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("Bagian multipart tanpa kepala");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), contentStart);
            if (next < 0) {
                throw new IllegalArgumentException("Bagian multipart tidak ditutup");
            }
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next);
            String name = null;
            String fileName = null;
            String type = null;
            for (String line : headers.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    name = parameter(line, "name");
                    fileName = parameter(line, "filename");
                } else if (lower.startsWith("content-type:")) {
                    type = line.substring("content-type:".length()).strip();
                }
            }
            if (name != null) {
                parts.put(name, new Part(name, fileName, type, content));
            }
            at = next + 2;
        }
    }

    private static String parameter(String header, String name) {
        for (String piece : header.split(";")) {
            String p = piece.strip();
            int equals = p.indexOf('=');
            if (equals > 0 && p.substring(0, equals).strip().equalsIgnoreCase(name)) {
                String value = p.substring(equals + 1).strip();
                return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static int skipLineBreak(byte[] body, int at) {
        if (at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n') {
            return at + 2;
        }
        return at;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
