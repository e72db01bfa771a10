package org.akuntabel.registers.importing;

import java.io.Serializable;
import java.time.Instant;

/**
 * An import as listed: the file, who uploaded it and when, and the counts of its last planning (the dry run,
 * or what was stored once confirmed).
 */
public record ImportView(long importId, String agency, String register, String registerLabel, String fileName,
                         String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt, String status,
                         String source, int rowsRead, int added, int updated, int unchanged, int rejected, int awaiting,
                         String confirmedBy, Instant confirmedAt, String failure) implements Serializable {

    static ImportView of(RegisterImportRecord record) {
        Register register = Register.valueOf(record.getRegister());
        return new ImportView(record.getId(), record.getAgency().getCode(), ImportRegisters.slug(register), register.label(),
                record.getFileName(), record.getMediaType(), record.getSize(), record.getSha256(), record.getUploadedBy(),
                record.getUploadedAt(), record.getStatus().name(), record.getSourceDescription(), record.getRowsRead(),
                record.getAdded(), record.getUpdated(), record.getUnchanged(), record.getRejected(), record.getAwaiting(),
                record.getConfirmedBy(), record.getConfirmedAt(), record.getFailure());
    }
}
