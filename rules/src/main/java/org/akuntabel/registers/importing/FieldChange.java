package org.akuntabel.registers.importing;

/**
 * One field an update changes.
 *
 * @param field  the field name ({@code assets})
 * @param column the column header as written in the file
 * @param before the value in the register now ({@code null}: none)
 * @param after  the value from the file
 */
public record FieldChange(String field, String column, Object before, Object after) {
}
