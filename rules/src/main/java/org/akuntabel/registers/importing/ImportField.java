package org.akuntabel.registers.importing;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One column a register expects.
 *
 * @param name      the field name, as the entity property it fills ({@code businessVolume})
 * @param header    the column header in the template, Bahasa Indonesia ({@code Volume Usaha})
 * @param aliases   normalised headers that also name this column ({@link HeaderText#normalise})
 * @param type      how cells are read
 * @param required  whether the column must be present and every cell filled
 * @param perYear   whether the column may come once per year, the year in its header
 *                  ({@code volume_usaha_2024}, {@code Aset 2025}): the wide layout of printed tables
 * @param min       smallest value allowed (numbers), {@code null} for no limit
 * @param max       largest value allowed (numbers), {@code null} for no limit
 * @param maxScale  most digits allowed after the decimal separator (numbers; the database column's scale)
 * @param digits    allowed counts of digits ({@link FieldType#IDENTIFIER}); empty for any
 * @param example   the example value of the template row, as a person would type it
 */
public record ImportField(String name, String header, Set<String> aliases, FieldType type, boolean required,
                          boolean perYear, BigDecimal min, BigDecimal max, int maxScale, List<Integer> digits,
                          String example) {

    public ImportField {
        Set<String> normalised = new LinkedHashSet<>();
        normalised.add(HeaderText.normalise(header));
        for (String alias : aliases) {
            normalised.add(HeaderText.normalise(alias));
        }
        aliases = Set.copyOf(normalised);
        digits = List.copyOf(digits);
    }

    /** Whether a header (already normalised) names this column. */
    boolean matches(String normalisedHeader) {
        return aliases.contains(normalisedHeader);
    }

    boolean isNumeric() {
        return type == FieldType.INTEGER || type == FieldType.AMOUNT || type == FieldType.DECIMAL;
    }

    static Builder column(String name, String header, FieldType type) {
        return new Builder(name, header, type);
    }

    static final class Builder {
        private final String name;
        private final String header;
        private final FieldType type;
        private final Set<String> aliases = new LinkedHashSet<>();
        private boolean required;
        private boolean perYear;
        private BigDecimal min;
        private BigDecimal max;
        private int maxScale;
        private List<Integer> digits = List.of();
        private String example = "";

        private Builder(String name, String header, FieldType type) {
            this.name = name;
            this.header = header;
            this.type = type;
            if (type == FieldType.AMOUNT || type == FieldType.INTEGER) {
                min = BigDecimal.ZERO;
            }
        }

        Builder aliases(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        Builder required() {
            required = true;
            return this;
        }

        Builder perYear() {
            perYear = true;
            return this;
        }

        Builder range(BigDecimal min, BigDecimal max) {
            this.min = min;
            this.max = max;
            return this;
        }

        Builder scale(int scale) {
            this.maxScale = scale;
            return this;
        }

        Builder digits(Integer... counts) {
            this.digits = List.of(counts);
            return this;
        }

        Builder example(String example) {
            this.example = example;
            return this;
        }

        ImportField build() {
            return new ImportField(name, header, aliases, type, required, perYear, min, max, maxScale, digits, example);
        }
    }
}
