package org.akuntabel.registers.importing;

/** How the cells of a column are read, and what Java type the value then has. */
public enum FieldType {
    /** Free text, trimmed, inner runs of spaces collapsed: {@link String}. */
    TEXT,
    /** A code ({@code KOPERASI_AKTIF}): trimmed, upper case, spaces as underscores: {@link String}. */
    CODE,
    /** A number made of digits only (NIB, NPWP, NIP): spaces, dots and dashes dropped: {@link String} of digits. */
    IDENTIFIER,
    /** A whole number, {@code 1.976} or {@code 1,976} read as thousands: {@link Integer}. */
    INTEGER,
    /** An amount of rupiah, never negative: {@link java.math.BigDecimal}. */
    AMOUNT,
    /** A decimal number (scores, statistics): {@link java.math.BigDecimal}. */
    DECIMAL,
    /** A calendar date: {@link java.time.LocalDate}. */
    DATE,
    /** Yes or no ({@code ya/tidak/ada/tidak ada/y/n/true/false/1/0/✓}); empty is {@code null}, never no: {@link Boolean}. */
    YES_NO,
    /** A four-digit year: {@link Integer}. */
    YEAR,
    /** PNS or PPPK: {@link org.akuntabel.registers.staff.Employment}. */
    EMPLOYMENT,
    /** A column that is recognised and deliberately not read (the running number "No"). */
    IGNORED
}
