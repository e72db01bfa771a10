package org.akuntabel.registers.synthetic;

import org.akuntabel.registers.cooperative.CooperativeFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic cooperative with two or more yearly records, the last one for the reporting year. Any value of a
 * record may be missing ({@code null}), as in real registers.
 */
public record SyntheticCooperative(long id, Region region, String name, String registrationNumber, List<Year> years) {

    /** One yearly record: the RAT date and the year-end business volume and assets. */
    public record Year(int year, LocalDate ratDate, BigDecimal businessVolume, BigDecimal assets) {
    }

    /** The facts the cooperative rules read for {@code reportingYear}. */
    public CooperativeFacts facts(int reportingYear) {
        Year current = year(reportingYear);
        Year previous = year(reportingYear - 1);
        Year twoYearsAgo = year(reportingYear - 2);
        return new CooperativeFacts(id, name, reportingYear,
                current == null ? null : current.ratDate(),
                previous == null ? null : previous.ratDate(),
                twoYearsAgo == null ? null : twoYearsAgo.ratDate(),
                previous == null ? null : previous.businessVolume(),
                current == null ? null : current.businessVolume(),
                previous == null ? null : previous.assets(),
                current == null ? null : current.assets());
    }

    private Year year(int year) {
        for (Year record : years) {
            if (record.year() == year) {
                return record;
            }
        }
        return null;
    }
}
