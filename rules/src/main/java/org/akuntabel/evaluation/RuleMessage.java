package org.akuntabel.evaluation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;

/** One problem found in a rule file, at a line and column (1-based; 0 when unknown). */
@JsonbPropertyOrder({"line", "column", "message"})
public record RuleMessage(int line, int column, String message) implements Serializable {

    @Override
    public String toString() {
        return "baris " + line + (column > 0 ? ", kolom " + column : "") + ": " + message;
    }
}
