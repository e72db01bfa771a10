package org.akuntabel.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Where a figure or a register row came from: the document, the place in it (table, section, row)
 * and a note. Every entered or transcribed figure carries one, so that an auditor can open the
 * source next to the number.
 */
@Embeddable
public class Provenance {

    @Column(name = "source_document", length = 300)
    private String document;

    @Column(name = "source_location", length = 300)
    private String location;

    @Column(name = "source_note", length = 2000)
    private String note;

    protected Provenance() {
    }

    public Provenance(String document, String location, String note) {
        this.document = Objects.requireNonNull(document, "document");
        this.location = location;
        this.note = note == null || note.isBlank() ? null : note;
    }

    public String getDocument() {
        return document;
    }

    public String getLocation() {
        return location;
    }

    public String getNote() {
        return note;
    }

    /** One line for people: "document, location (note)". */
    public String describe() {
        StringBuilder text = new StringBuilder(document == null ? "" : document);
        if (location != null && !location.isBlank()) {
            text.append(", ").append(location);
        }
        if (note != null) {
            text.append(" (").append(note).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
