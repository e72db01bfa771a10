package org.akuntabel.planning;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.Reevaluation;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.reporting.PublishedFigure;
import org.akuntabel.shared.Provenance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to plan and statistic data that indicators are computed from: yearly targets (only inside the
 * Renstra period of the indicator's sasaran) and statistic figures. Every change is validated, refused
 * when based on a stale version, and followed by re-evaluating the affected year so results stay
 * consistent with the data.
 */
@Stateless
@Guarded
public class PlanEditing {

    /** An indicator to choose in an editor: code and name. */
    public record IndicatorOption(String code, String name) implements Serializable {
    }

    /** Every indicator of the agency, in display order. */
    public List<IndicatorOption> indicatorOptions(String agencyCode) {
        return em.createNamedQuery("Indicator.findByAgency", Indicator.class).setParameter("agency", agency(agencyCode))
                .getResultStream().map(i -> new IndicatorOption(i.getCode(), i.getName())).toList();
    }

    /** A target as the editor shows it. */
    public record TargetRow(long id, String indicator, int year, BigDecimal value, String source, long version) {
    }

    /** A statistic figure as the editor shows it. */
    public record FigureRow(long id, String code, int year, String part, BigDecimal value, String unit, boolean provisional,
                            String source, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private Reevaluation reevaluation;

    public List<TargetRow> targets(String agencyCode, String indicatorCode) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        return em.createQuery("SELECT t FROM IndicatorTarget t WHERE t.indicator = :indicator ORDER BY t.year", IndicatorTarget.class)
                .setParameter("indicator", indicator).getResultList().stream().map(PlanEditing::row).toList();
    }

    /** Sets the target of {@code year}: a new target when there is none, else a change based on {@code version}. */
    @Allowed(Role.OPERATOR)
    public TargetRow setTarget(String agencyCode, String indicatorCode, int year, BigDecimal value, String note, Long version) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (value == null) {
            errors.add(new ValidationFailedException.FieldError("value", "Target wajib diisi"));
        } else if (value.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("value", "Target tidak boleh negatif"));
        }
        RenstraPeriod period = indicator.getRenstra();
        if (period != null && !period.covers(year)) {
            errors.add(new ValidationFailedException.FieldError("year", "Tahun " + year + " di luar periode Renstra "
                    + period.getStartYear() + "–" + period.getEndYear()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Provenance source = new Provenance("Akuntabel", "diubah melalui aplikasi", note == null || note.isBlank() ? null : note.trim());
        IndicatorTarget target = em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class)
                .setParameter("indicator", indicator).setParameter("year", year).getResultStream().findFirst().orElse(null);
        if (target == null) {
            target = new IndicatorTarget(indicator, year, value, source);
            em.persist(target);
        } else {
            if (version == null || target.getVersion() != version) {
                throw new ConcurrentEditException("Target " + indicatorCode + " tahun " + year);
            }
            target.change(value, source);
        }
        em.flush();
        reevaluation.afterCommit(agencyCode, year);
        return row(target);
    }

    /** A figure as the agency's own document prints it for an indicator and year, with where it is printed. */
    public record PublishedRow(long id, String indicator, int year, BigDecimal realisation, BigDecimal achievement, String label,
                               String document, String location, String note, long version) {
    }

    /** The published figures of an indicator, by year. */
    public List<PublishedRow> published(String agencyCode, String indicatorCode) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        return em.createQuery("SELECT p FROM PublishedFigure p WHERE p.indicator = :indicator ORDER BY p.year", PublishedFigure.class)
                .setParameter("indicator", indicator).getResultList().stream().map(PlanEditing::row).toList();
    }

    /**
     * Records what a document prints for an indicator and year (a new record when there is none, else a correction
     * based on {@code version}). It is compared with the computed figures, never used in their place, except for
     * indicators whose realisation is entered from a document (ENTERED). The document and location are required:
     * a published figure without a source cannot be checked.
     */
    @Allowed(Role.OPERATOR)
    public PublishedRow setPublished(String agencyCode, String indicatorCode, int year, BigDecimal realisation, BigDecimal achievement,
                                     String label, String document, String location, String note, Long version) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (realisation == null && achievement == null && (label == null || label.isBlank())) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Isi sedikitnya realisasi, capaian atau predikat yang tercetak"));
        }
        if (realisation != null && realisation.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Realisasi tidak boleh negatif"));
        }
        if (achievement != null && achievement.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("achievement", "Capaian tidak boleh negatif"));
        }
        if (label != null && label.trim().length() > 100) {
            errors.add(new ValidationFailedException.FieldError("label", "Predikat paling banyak 100 karakter"));
        }
        if (document == null || document.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("document", "Dokumen sumber wajib diisi"));
        }
        if (location == null || location.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("location", "Letak angka di dokumen (bab, tabel, halaman) wajib diisi"));
        }
        if (year < 2000 || year > 2100) {
            errors.add(new ValidationFailedException.FieldError("year", "Tahun " + year + " tidak wajar"));
        }
        ValidationFailedException.throwIfAny(errors);
        Provenance source = new Provenance(document.trim(), location.trim(), note == null || note.isBlank() ? null : note.trim());
        String printedLabel = label == null || label.isBlank() ? null : label.trim();
        PublishedFigure figure = em.createNamedQuery("PublishedFigure.find", PublishedFigure.class)
                .setParameter("indicator", indicator).setParameter("year", year).getResultStream().findFirst().orElse(null);
        if (figure == null) {
            figure = new PublishedFigure(indicator, year, realisation, achievement, printedLabel, source);
            em.persist(figure);
        } else {
            if (version == null || figure.getVersion() != version) {
                throw new ConcurrentEditException("Angka terbit " + indicatorCode + " tahun " + year);
            }
            figure.change(realisation, achievement, printedLabel, source);
        }
        em.flush();
        return row(figure);
    }

    private static PublishedRow row(PublishedFigure p) {
        Provenance source = p.getProvenance();
        return new PublishedRow(p.getId(), p.getIndicator().getCode(), p.getYear(), p.getRealisation(), p.getAchievement(),
                p.getLabel(), source == null ? null : source.getDocument(), source == null ? null : source.getLocation(),
                source == null ? null : source.getNote(), p.getVersion());
    }

    /** One quarter of an indicator's monitoring: the PK quarterly target (if set) and what was entered. */
    public record MonitoringRow(int quarter, BigDecimal target, BigDecimal realisation, BigDecimal budgetRealisationPercent,
                                String progressNote, Long version) {
    }

    /** The four quarters of {@code year}, entered or not, with the quarterly targets of the latest Perjanjian Kinerja. */
    public List<MonitoringRow> monitoring(String agencyCode, String indicatorCode, int year) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        List<QuarterlyMonitoring> entries = em.createNamedQuery("QuarterlyMonitoring.findByIndicatorAndYear", QuarterlyMonitoring.class)
                .setParameter("indicator", indicator).setParameter("year", year).getResultList();
        DocumentTarget agreed = em.createQuery("SELECT t FROM DocumentTarget t WHERE t.indicator = :indicator AND t.document.year = :year"
                        + " AND t.document.kind = org.akuntabel.planning.DocumentKind.PK ORDER BY t.document.revision DESC", DocumentTarget.class)
                .setParameter("indicator", indicator).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        List<MonitoringRow> rows = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            BigDecimal target = agreed == null ? null : switch (q) {
                case 1 -> agreed.getQ1();
                case 2 -> agreed.getQ2();
                case 3 -> agreed.getQ3();
                default -> agreed.getQ4();
            };
            QuarterlyMonitoring entry = entries.stream().filter(e -> e.getQuarter() == q).findFirst().orElse(null);
            rows.add(entry == null ? new MonitoringRow(q, target, null, null, null, null)
                    : new MonitoringRow(q, target, entry.getRealisation(), entry.getBudgetRealisationPercent(),
                    entry.getProgressNote(), entry.getVersion()));
        }
        return rows;
    }

    /**
     * Enters or changes one quarter's monitoring: realisation not negative, budget realisation between 0 and
     * 100 %, the year inside the indicator's Renstra period; a change must name the version it read.
     */
    @Allowed(Role.OPERATOR)
    public MonitoringRow setMonitoring(String agencyCode, String indicatorCode, int year, int quarter, BigDecimal realisation,
                                       BigDecimal budgetPercent, String note, Long version) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (quarter < 1 || quarter > 4) {
            errors.add(new ValidationFailedException.FieldError("quarter", "Triwulan harus 1 sampai 4"));
        }
        if (realisation != null && realisation.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Realisasi tidak boleh negatif"));
        }
        if (budgetPercent != null && (budgetPercent.signum() < 0 || budgetPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new ValidationFailedException.FieldError("budgetRealisationPercent",
                    "Realisasi anggaran harus antara 0 dan 100 %"));
        }
        RenstraPeriod period = indicator.getRenstra();
        if (period != null && !period.covers(year)) {
            errors.add(new ValidationFailedException.FieldError("year", "Tahun " + year + " di luar periode Renstra "
                    + period.getStartYear() + "–" + period.getEndYear()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Provenance source = new Provenance("Akuntabel", "pemantauan triwulan " + quarter + " tahun " + year,
                note == null || note.isBlank() ? null : note.trim());
        QuarterlyMonitoring entry = em.createNamedQuery("QuarterlyMonitoring.findByIndicatorAndYear", QuarterlyMonitoring.class)
                .setParameter("indicator", indicator).setParameter("year", year).getResultList().stream()
                .filter(e -> e.getQuarter() == quarter).findFirst().orElse(null);
        String progress = note == null || note.isBlank() ? null : note.trim();
        if (entry == null) {
            em.persist(new QuarterlyMonitoring(indicator, year, quarter, realisation, budgetPercent, progress, source));
        } else {
            if (version == null || entry.getVersion() != version) {
                throw new ConcurrentEditException("Pemantauan " + indicatorCode + " triwulan " + quarter + " tahun " + year);
            }
            entry.change(realisation, budgetPercent, progress, source);
        }
        em.flush();
        return monitoring(agencyCode, indicatorCode, year).get(quarter - 1);
    }

    public List<FigureRow> figures(String agencyCode) {
        return em.createNamedQuery("StatisticFigure.findByAgency", StatisticFigure.class).setParameter("agency", agency(agencyCode))
                .getResultList().stream().map(PlanEditing::row).toList();
    }

    /** Changes a statistic figure's value based on {@code version}; the value is required and not negative. */
    /**
     * Records a statistic or entered figure with its source: code (e.g. {@code PDRB_ADHK}), year, part (a quarter,
     * sector, kecamatan, dimension; empty for the whole), value not negative, unit, provisional or not, and where it
     * comes from (document and location required). The indicators of that year and the next are evaluated again.
     */
    @Allowed(Role.OPERATOR)
    public FigureRow addFigure(String agencyCode, String code, Integer year, String part, BigDecimal value, String unit,
                               boolean provisional, String document, String location, String note) {
        Agency agency = agency(agencyCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        String figureCode = code == null ? "" : code.trim().toUpperCase();
        if (!figureCode.matches("[A-Z][A-Z0-9_]{1,59}")) {
            errors.add(new ValidationFailedException.FieldError("code", "Kode angka: huruf besar, angka dan garis bawah, diawali huruf"));
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new ValidationFailedException.FieldError("year", "Tahun wajib diisi (2000–2100)"));
        }
        if (value == null || value.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("value", value == null ? "Nilai wajib diisi" : "Nilai tidak boleh negatif"));
        }
        if (document == null || document.isBlank() || location == null || location.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("location", "Sumber wajib diisi: dokumen dan letaknya (bab, tabel, halaman)"));
        }
        String figurePart = part == null || part.isBlank() ? StatisticFigure.WHOLE : part.trim();
        if (errors.isEmpty() && !em.createNamedQuery("StatisticFigure.findPart", StatisticFigure.class).setParameter("agency", agency)
                .setParameter("year", year).setParameter("code", figureCode).setParameter("part", figurePart).getResultList().isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("part", "Angka " + figureCode + " " + figurePart + " tahun " + year
                    + " sudah ada; ubah angka itu"));
        }
        ValidationFailedException.throwIfAny(errors);
        StatisticFigure figure = new StatisticFigure(agency, year, figureCode, figurePart, value, unit == null || unit.isBlank() ? null
                : unit.trim(), provisional, new Provenance(document.trim(), location.trim(), note == null || note.isBlank() ? null : note.trim()));
        em.persist(figure);
        em.flush();
        reevaluation.afterCommit(agencyCode, year, year + 1);
        return row(figure);
    }

    /** Removes a figure (refused when stale); the indicators of its year and the next are evaluated again. */
    @Allowed(Role.OPERATOR)
    public void deleteFigure(String agencyCode, long id, long version) {
        StatisticFigure figure = em.find(StatisticFigure.class, id);
        if (figure == null || !figure.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Angka " + id + " tidak ada pada instansi " + agencyCode);
        }
        if (figure.getVersion() != version) {
            throw new ConcurrentEditException("Angka " + figure.getCode() + " " + figure.getPart() + " tahun " + figure.getYear());
        }
        int year = figure.getYear();
        em.remove(figure);
        em.flush();
        reevaluation.afterCommit(agencyCode, year, year + 1);
    }

    /** Removes the target of a year (refused when stale); the year is evaluated again. */
    @Allowed(Role.OPERATOR)
    public void deleteTarget(String agencyCode, String indicatorCode, int year, long version) {
        Indicator indicator = indicator(agencyCode, indicatorCode);
        IndicatorTarget target = em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class).setParameter("indicator", indicator)
                .setParameter("year", year).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Target " + indicatorCode + " tahun " + year + " tidak ada"));
        if (target.getVersion() != version) {
            throw new ConcurrentEditException("Target " + indicatorCode + " tahun " + year);
        }
        em.remove(target);
        em.flush();
        reevaluation.afterCommit(agencyCode, year);
    }

    @Allowed(Role.OPERATOR)
    public FigureRow changeFigure(String agencyCode, long id, BigDecimal value, boolean provisional, String note, long version) {
        StatisticFigure figure = em.find(StatisticFigure.class, id);
        if (figure == null || !figure.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Angka " + id + " tidak ada pada instansi " + agencyCode);
        }
        if (value == null || value.signum() < 0) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("value",
                    value == null ? "Nilai wajib diisi; hapus angkanya bila datanya tidak ada" : "Nilai tidak boleh negatif")));
        }
        if (figure.getVersion() != version) {
            throw new ConcurrentEditException("Angka " + figure.getCode() + " " + figure.getPart() + " tahun " + figure.getYear());
        }
        Provenance previous = figure.getProvenance();
        figure.change(value, provisional, new Provenance(previous == null ? "Akuntabel" : previous.getDocument(),
                previous == null ? null : previous.getLocation(), note == null || note.isBlank() ? "diubah melalui aplikasi" : note.trim()));
        em.flush();
        reevaluation.afterCommit(agencyCode, figure.getYear(), figure.getYear() + 1);
        return row(figure);
    }


    private static TargetRow row(IndicatorTarget t) {
        return new TargetRow(t.getId(), t.getIndicator().getCode(), t.getYear(), t.getValue(),
                t.getProvenance() == null ? null : t.getProvenance().describe(), t.getVersion());
    }

    private static FigureRow row(StatisticFigure f) {
        return new FigureRow(f.getId(), f.getCode(), f.getYear(), f.getPart(), f.getValue(), f.getUnit(), f.isProvisional(),
                f.getProvenance() == null ? null : f.getProvenance().describe(), f.getVersion());
    }

    private Indicator indicator(String agencyCode, String code) {
        return em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class).setParameter("agency", agency(agencyCode))
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Indikator '" + code + "' tidak dikenal untuk instansi " + agencyCode));
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
