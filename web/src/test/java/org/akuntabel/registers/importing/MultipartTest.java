package org.akuntabel.registers.importing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartTest {

    @Test
    void partsComeOutByNameWithTheirFileNamesTypesAndExactBytes() {
        byte[] binary = {'P', 'K', 3, 4, '\r', '\n', '-', '-', 0, (byte) 0xFF};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"by\"\r\n\r\nSiti\r\n"
                + "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\data\\\\tabel 3.13.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(binary);
        body.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("b0undary", Multipart.boundary("multipart/form-data; boundary=\"b0undary\""));
        assertNull(Multipart.boundary("text/csv"));
        Map<String, Multipart.Part> parts = Multipart.parse(body.toByteArray(), "b0undary");
        assertEquals("Siti", parts.get("by").text());
        assertNull(parts.get("by").fileName());
        assertArrayEquals(binary, parts.get("file").content());
        assertEquals("C:\\\\data\\\\tabel 3.13.xlsx", parts.get("file").fileName());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", parts.get("file").contentType());
    }

    @Test
    void aBodyWithoutItsBoundaryOrUnclosedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Multipart.parse("no parts".getBytes(StandardCharsets.UTF_8), "x"));
        assertThrows(IllegalArgumentException.class, () -> Multipart.parse(
                "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8), "x"));
    }
}
