package org.akuntabel.registers.staff;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.registers.ValidationFailedException.FieldError;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.shared.Provenance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Civil servants' IP ASN scores per person and year by dimension, with the unit averages they give beside
 * the unit averages a document reports (LKjIP 2025 Tabel 3.5 gives only those). Dimension maxima follow the
 * weights of Peraturan BKN Nomor 8 Tahun 2019: kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5.
 */
@Stateless
@Guarded
public class StaffScoreRegister {

    static final String DIMENSIONS = "IP_ASN_DIMENSI";
    static final String MEASURED = "ASN_DIUKUR";

    /** One dimension: code (as in the reported figure's part), label, maximum score. */
    public enum Dimension {
        KUALIFIKASI("Kualifikasi", 25, StaffScore::getQualification),
        KOMPETENSI("Kompetensi", 40, StaffScore::getCompetence),
        KINERJA("Kinerja", 30, StaffScore::getPerformance),
        DISIPLIN("Disiplin", 5, StaffScore::getDiscipline);

        private final String label;
        private final int maximum;
        private final Function<StaffScore, BigDecimal> value;

        Dimension(String label, int maximum, Function<StaffScore, BigDecimal> value) {
            this.label = label;
            this.maximum = maximum;
            this.value = value;
        }

        public String label() {
            return label;
        }

        public int maximum() {
            return maximum;
        }
    }

    /** One person's scores. */
    public record ScoreRecord(long id, int year, String nip, String name, Employment employment, BigDecimal qualification,
                              BigDecimal competence, BigDecimal performance, BigDecimal discipline, BigDecimal total,
                              String source, long version) implements Serializable {
    }

    /** A new score or a change to one ({@code version}: the version read; ignored when creating). */
    public record ScoreInput(String nip, String name, Employment employment, BigDecimal qualification, BigDecimal competence,
                             BigDecimal performance, BigDecimal discipline, String note, Long version) {
    }

    /** One dimension's average over the people with a score, beside the unit average reported for it. */
    public record DimensionAverage(String dimension, int maximum, BigDecimal average, int measured, BigDecimal reported)
            implements Serializable {
    }

    /** A year's scores with their averages and the reported figures. */
    public record YearScores(int year, List<ScoreRecord> people, List<DimensionAverage> dimensions, BigDecimal averageTotal,
                             int complete, BigDecimal reportedTotal, BigDecimal reportedMeasured, String reportedSource)
            implements Serializable {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    public YearScores year(String agencyCode, int year) {
        Agency agency = agency(agencyCode);
        List<StaffScore> scores = scores(agency, year);
        List<StatisticFigure> reported = figures(agency, year, DIMENSIONS);
        List<DimensionAverage> dimensions = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<BigDecimal> values = scores.stream().map(d.value).filter(Objects::nonNull).toList();
            BigDecimal reportedValue = reported.stream().filter(f -> d.label.equalsIgnoreCase(f.getPart()))
                    .map(StatisticFigure::getValue).findFirst().orElse(null);
            dimensions.add(new DimensionAverage(d.label, d.maximum, average(values), values.size(), reportedValue));
        }
        List<BigDecimal> totals = scores.stream().map(StaffScore::getTotal).filter(Objects::nonNull).toList();
        BigDecimal reportedTotal = reported.isEmpty() ? null
                : reported.stream().map(StatisticFigure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal measured = figures(agency, year, MEASURED).stream().map(StatisticFigure::getValue).findFirst().orElse(null);
        String source = reported.isEmpty() || reported.get(0).getProvenance() == null ? null : reported.get(0).getProvenance().describe();
        return new YearScores(year, scores.stream().map(StaffScoreRegister::record).toList(), dimensions, average(totals),
                totals.size(), reportedTotal, measured, source);
    }

    @Allowed(Role.OPERATOR)
    public ScoreRecord create(String agencyCode, int year, ScoreInput input) {
        Agency agency = agency(agencyCode);
        validate(agency, year, input, null);
        StaffScore score = new StaffScore(agency, year, input.nip().replaceAll("\\s", ""), input.name().trim(), input.employment(),
                input.qualification(), input.competence(), input.performance(), input.discipline(),
                new Provenance("Akuntabel", null, note(input.note(), "ditambahkan")));
        em.persist(score);
        em.flush();
        return record(score);
    }

    @Allowed(Role.OPERATOR)
    public ScoreRecord update(String agencyCode, long id, ScoreInput input) {
        StaffScore score = find(agencyCode, id);
        validate(score.getAgency(), score.getYear(), input, score);
        if (input.version() == null || input.version() != score.getVersion()) {
            throw new ConcurrentEditException("Nilai IP ASN " + score.getName());
        }
        Provenance previous = score.getProvenance();
        score.score(input.name().trim(), input.employment(), input.qualification(), input.competence(), input.performance(),
                input.discipline(), new Provenance(previous == null ? "Akuntabel" : previous.getDocument(),
                        previous == null ? null : previous.getLocation(), note(input.note(), "diubah")));
        em.flush();
        return record(score);
    }

    @Allowed(Role.OPERATOR)
    public void delete(String agencyCode, long id, long version) {
        StaffScore score = find(agencyCode, id);
        if (score.getVersion() != version) {
            throw new ConcurrentEditException("Nilai IP ASN " + score.getName());
        }
        em.remove(score);
        em.flush();
    }

    /** NIP of 18 digits, unique per year; name and employment required; each score between 0 and its dimension's maximum. */
    private void validate(Agency agency, int year, ScoreInput input, StaffScore current) {
        List<FieldError> errors = new ArrayList<>();
        String nip = input.nip() == null ? "" : input.nip().replaceAll("\\s", "");
        if (current == null) {
            if (!nip.matches("[0-9]{18}")) {
                errors.add(new FieldError("nip", "NIP terdiri dari 18 angka"));
            } else if (scores(agency, year).stream().anyMatch(s -> s.getNip().equals(nip))) {
                errors.add(new FieldError("nip", "NIP " + nip + " sudah memiliki nilai IP ASN tahun " + year));
            }
        } else if (!nip.isEmpty() && !nip.equals(current.getNip())) {
            errors.add(new FieldError("nip", "NIP tidak dapat diubah; hapus dan tambahkan data baru"));
        }
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new FieldError("name", "Nama wajib diisi"));
        }
        if (input.employment() == null) {
            errors.add(new FieldError("employment", "Status kepegawaian (PNS/PPPK) wajib dipilih"));
        }
        range(errors, "qualification", Dimension.KUALIFIKASI, input.qualification());
        range(errors, "competence", Dimension.KOMPETENSI, input.competence());
        range(errors, "performance", Dimension.KINERJA, input.performance());
        range(errors, "discipline", Dimension.DISIPLIN, input.discipline());
        ValidationFailedException.throwIfAny(errors);
    }

    private static void range(List<FieldError> errors, String field, Dimension dimension, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(dimension.maximum)) > 0)) {
            errors.add(new FieldError(field, "Nilai " + dimension.label + " harus antara 0 dan " + dimension.maximum));
        }
    }

    private static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static String note(String note, String action) {
        return note == null || note.isBlank() ? action + " melalui aplikasi" : note.trim();
    }

    private StaffScore find(String agencyCode, long id) {
        StaffScore score = em.find(StaffScore.class, id);
        if (score == null || !score.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Nilai IP ASN " + id + " tidak ada pada instansi " + agencyCode);
        }
        return score;
    }

    private List<StaffScore> scores(Agency agency, int year) {
        return em.createNamedQuery("StaffScore.findByAgencyAndYear", StaffScore.class).setParameter("agency", agency)
                .setParameter("year", year).getResultList();
    }

    private List<StatisticFigure> figures(Agency agency, int year, String code) {
        return em.createNamedQuery("StatisticFigure.find", StatisticFigure.class).setParameter("agency", agency)
                .setParameter("year", year).setParameter("code", code).getResultList();
    }

    private static ScoreRecord record(StaffScore s) {
        return new ScoreRecord(s.getId(), s.getYear(), s.getNip(), s.getName(), s.getEmployment(), s.getQualification(),
                s.getCompetence(), s.getPerformance(), s.getDiscipline(), s.getTotal(),
                s.getProvenance() == null ? null : s.getProvenance().describe(), s.getVersion());
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
