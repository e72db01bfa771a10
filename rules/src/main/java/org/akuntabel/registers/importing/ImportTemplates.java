package org.akuntabel.registers.importing;

import java.util.List;

/**
 * Import templates: for each register, the header line with the column headers in Bahasa Indonesia and one
 * example row, as a CSV that a spreadsheet opens in columns. The separator is {@code ;}, what Excel with
 * Indonesian regional settings reads and writes (the importer reads {@code ,} as well); numbers are written
 * the Indonesian way ({@code 2.615.621.882,99}). The running-number column {@code No} is left out.
 */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    /** The template of {@code register}: header line and example row, each ending in a line break. */
    public static String csv(Register register) {
        List<ImportField> columns = register.fields().stream().filter(f -> f.type() != FieldType.IGNORED).toList();
        return line(columns.stream().map(ImportField::header).toList()) + line(columns.stream().map(ImportField::example).toList());
    }

    /** A file name for the template: {@code templat-impor-koperasi.csv}. */
    public static String fileName(Register register) {
        return "templat-impor-" + HeaderText.normalise(register.label()).replace(' ', '-') + ".csv";
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(';');
            }
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }
}
