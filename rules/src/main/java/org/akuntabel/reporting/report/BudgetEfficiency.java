package org.akuntabel.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Budget efficiency per sasaran: the sasaran's capaian kinerja (the mean achievement of its indicators for the year)
 * against the absorption of its budget. Efisiensi = capaian kinerja (%) − penyerapan anggaran (%), in percentage
 * points: positive when the sasaran achieved more than the share of its budget it used, negative when less.
 */
public final class BudgetEfficiency {

    /** The formula as the report states it. */
    public static final String FORMULA = "Efisiensi = capaian kinerja sasaran (%) − penyerapan anggaran (%); capaian kinerja "
            + "sasaran adalah rata-rata capaian indikatornya. Nilai positif berarti capaian kinerja lebih tinggi daripada "
            + "bagian anggaran yang digunakan.";

    private BudgetEfficiency() {
    }

    /**
     * The mean of the achievements that could be computed, to two decimals (half up); {@code null} when none could.
     * Achievements above 100 count as they are.
     */
    public static BigDecimal performance(List<BigDecimal> achievements) {
        List<BigDecimal> known = achievements == null ? List.of() : achievements.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return null;
        }
        return known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 2, RoundingMode.HALF_UP);
    }

    /** Capaian kinerja − penyerapan, to two decimals; {@code null} when either is missing. */
    public static BigDecimal efficiency(BigDecimal performance, BigDecimal absorption) {
        if (performance == null || absorption == null) {
            return null;
        }
        return performance.subtract(absorption).setScale(2, RoundingMode.HALF_UP);
    }
}
