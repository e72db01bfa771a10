package org.akuntabel.reporting.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip archive (an Office Open XML package) so that its bytes depend only on its content: the same
 * entries in the same order, each stamped with one given time instead of the time it was written, with no extra
 * fields and the same compression. Apache POI stamps every entry of a DOCX with the current time; this makes two
 * renderings of the same report identical.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    /**
     * The archive with every entry stamped {@code time} (stored as an MS-DOS date and time, without time zone
     * conversion, so the result does not depend on the machine's zone either).
     */
    static byte[] normalise(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setMethod(ZipOutputStream.DEFLATED);
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
