package org.akuntabel.reporting;

import org.akuntabel.access.Guarded;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.profile.AgencyProfiles;
import org.akuntabel.evaluation.Measurement;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.planning.Polarity;
import org.akuntabel.planning.budget.BudgetService;
import org.akuntabel.reporting.PublishedPrinting;
import org.akuntabel.shared.IndonesianFormat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Pemeriksaan konsistensi": the agency's own published record (figures and labels as printed, with where
 * they are printed) and the entered data compared with what the product computes. Each finding names a code,
 * a severity ({@code KESALAHAN} where the document contradicts itself or its data, {@code PERINGATAN} where
 * it differs from the computation or rests on partial data) and the document location.
 */
@Stateless
@Guarded
public class ConsistencyChecks {

    /** Contradicts its own scale, arithmetic or the entities it lists. */
    public static final String ERROR = "KESALAHAN";
    /** Differs from the computation, or uses partial data. */
    public static final String WARNING = "PERINGATAN";

    /** One finding. */
    @JsonbPropertyOrder({"code", "severity", "message", "location"})
    public record Check(String code, String severity, String message, String location) implements Serializable {
    }

    @Inject
    private IndicatorResults results;

    @Inject
    private BudgetService budgets;

    @Inject
    private AgencyProfiles profiles;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    public List<Check> checks(String agencyCode, int year) {
        List<Check> checks = new ArrayList<>();
        for (IndicatorResult r : results.indicators(agencyCode, year)) {
            PublishedView published = r.published();
            String where = published == null || published.source() == null ? r.code() : r.code() + ": " + published.source();
            if (r.provisional()) {
                checks.add(new Check("DATA_SEBAGIAN_PERIODE", WARNING, r.name() + ": realisasi " + fixed(r.realisation())
                        + " dihitung dari data sebagian periode (" + r.arithmetic() + ") terhadap target tahunan " + plain(r.target()),
                        r.code() + ": " + r.provenance()));
            }
            if (published == null) {
                continue;
            }
            labelAgainstScale(checks, r, published, where);
            printedArithmetic(checks, r, published, where);
            if (!"ENTERED".equals(r.source())) {
                againstComputation(checks, r, published, where);
            }
            if ("COMPUTED".equals(r.source())) {
                listedEntities(checks, agencyCode, year, r, published, where);
            }
            printedElsewhere(checks, agencyCode, year, r, published);
        }
        try {
            budgets.budget(agencyCode, year).differences().forEach(d -> checks.add(new Check("JUMLAH_TABEL", WARNING,
                    "Anggaran — " + d, "Realisasi anggaran " + year + " (tabel per sasaran, program dan kegiatan, Lampiran)")));
        } catch (NotFoundException noBudget) {
            // no budget recorded for the year: nothing to compare
        }
        for (int y : List.of(year - 1, year)) {
            checks.addAll(staffTables(y, profiles.tables(agencyCode, y, AgencyProfiles.STAFF)));
        }
        return checks;
    }

    /**
     * The staff tables of one year (BAB I, Kepegawaian): every table that counts all staff (by unit, golongan,
     * education, status — not eselon, which counts structural officials only) should give the same headcount, and a
     * printed JUMLAH should be the sum of its lines.
     */
    static List<Check> staffTables(int year, List<AgencyProfiles.TableView> tables) {
        List<Check> checks = new ArrayList<>();
        for (AgencyProfiles.TableView table : tables) {
            if (table.printedTotal() != null && table.printedTotal() != table.total()) {
                checks.add(new Check("JUMLAH_TABEL", WARNING, "Kepegawaian — " + table.title() + " " + year + ": JUMLAH tercetak "
                        + table.printedTotal() + ", jumlah barisnya " + table.total(), "BAB I, Kepegawaian: " + table.title()));
            }
        }
        List<AgencyProfiles.TableView> everyone = tables.stream().filter(t -> t.kind().countsEveryone()).toList();
        if (everyone.stream().map(AgencyProfiles.TableView::total).distinct().count() > 1) {
            checks.add(new Check("JUMLAH_PEGAWAI_BERBEDA", ERROR, "Jumlah pegawai " + year + " berbeda antar tabel kepegawaian: "
                    + everyone.stream().map(t -> "menurut " + t.kind().header().toLowerCase(java.util.Locale.ROOT) + " " + t.total())
                    .collect(Collectors.joining(", ")) + " (jumlah baris setiap tabel)", "BAB I, Tabel 1.1–1.5"));
        }
        return checks;
    }

    /** The printed label against the agency's own scale applied to the printed achievement. */
    private static void labelAgainstScale(List<Check> checks, IndicatorResult r, PublishedView p, String where) {
        BandView band = p.scaleBand();
        if (p.label() != null && band != null && !p.label().equalsIgnoreCase(band.label())) {
            checks.add(new Check("LABEL_BERTENTANGAN_SKALA", ERROR, r.name() + ": label terbit \"" + p.label()
                    + "\" bertentangan dengan skala instansi — capaian terbit " + fixed(p.achievement()) + " termasuk "
                    + band.code() + " \"" + band.label() + "\"", where));
        }
    }

    /** The printed achievement against the printed realisation and the target, by the indicator's own formula. */
    private static void printedArithmetic(List<Check> checks, IndicatorResult r, PublishedView p, String where) {
        if (p.realisation() == null || p.achievement() == null || r.target() == null) {
            return;
        }
        Measurement m = Measurement.ofEntered(p.realisation(), r.target(), Polarity.valueOf(r.polarity()));
        if (m.getAchievement() != null && differs(m.getAchievement(), p.achievement())) {
            checks.add(new Check("ARITMETIKA_CAPAIAN", ERROR, r.name() + ": capaian terbit " + fixed(p.achievement())
                    + ", padahal realisasi terbit " + fixed(p.realisation()) + " terhadap target " + plain(r.target())
                    + " memberi " + fixed(m.getAchievement()), where));
        }
    }

    /** Printed figures against the product's computation from the data and rules. */
    private static void againstComputation(List<Check> checks, IndicatorResult r, PublishedView p, String where) {
        if (p.realisation() != null && r.realisation() != null && differs(r.realisation(), p.realisation())) {
            boolean components = r.denominator() == null && r.figures().size() > 1;
            checks.add(new Check(components ? "JUMLAH_KOMPONEN" : "REALISASI_BERBEDA", WARNING, r.name() + ": realisasi terbit "
                    + fixed(p.realisation()) + ", hasil hitungan " + fixed(r.realisation()) + " (" + r.arithmetic() + ")"
                    + (components ? " — jumlah nilai komponen tidak sama dengan total yang tercetak" : ""), where));
        }
    }

    /**
     * For an indicator counted from a register: how many entities the printed figure implies were counted, against
     * those that meet every criterion as written, naming the entities that do not.
     */
    private void listedEntities(List<Check> checks, String agencyCode, int year, IndicatorResult r, PublishedView p,
                                String where) {
        if (p.realisation() == null || r.denominator() == null || r.numerator() == null) {
            return;
        }
        BigDecimal implied = p.realisation().multiply(r.denominator()).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        if (implied.compareTo(r.numerator()) <= 0) {
            return;
        }
        EntityListing listing = results.entities(agencyCode, year, r.code());
        List<EntityResult> failing = listing.entities().stream().filter(e -> !e.counted()).toList();
        String names = failing.stream().limit(10).map(EntityResult::name).collect(Collectors.joining("; "));
        checks.add(new Check("ENTITAS_TIDAK_MEMENUHI_KRITERIA", ERROR, r.name() + ": angka terbit " + fixed(p.realisation())
                + " % dari " + plain(r.denominator()) + " berarti " + implied.toPlainString() + " entitas dihitung, tetapi hanya "
                + plain(r.numerator()) + " dari " + listing.entities().size() + " entitas dalam daftar memenuhi semua kriteria aturan "
                + listing.ruleSet() + " sebagaimana tertulis; " + failing.size() + " tidak memenuhi, antara lain: " + names
                + (failing.size() > 10 ? "; …" : ""), where + " — daftar entitas: " + registerTables(agencyCode, year, r.code())));
    }

    /** The same figure printed in other places of the document, compared with its main printing. */
    private void printedElsewhere(List<Check> checks, String agencyCode, int year, IndicatorResult r, PublishedView main) {
        List<PublishedPrinting> printings = em.createQuery("SELECT p FROM PublishedPrinting p WHERE p.indicator.agency.code = :agency"
                        + " AND p.indicator.code = :code AND p.year = :year ORDER BY p.id", PublishedPrinting.class)
                .setParameter("agency", agencyCode).setParameter("code", r.code()).setParameter("year", year).getResultList();
        String mainPlace = main.source() == null ? "tabel sasaran" : main.source();
        for (PublishedPrinting p : printings) {
            String place = p.getProvenance() == null ? "tempat lain" : p.getProvenance().describe();
            List<String> differences = new ArrayList<>();
            printedDifference(differences, "realisasi", p.getRealisation(), main.realisation());
            printedDifference(differences, "capaian", p.getAchievement(), main.achievement());
            if (p.getLabel() != null && main.label() != null && !p.getLabel().equalsIgnoreCase(main.label())) {
                differences.add("interpretasi \"" + p.getLabel() + "\" dan \"" + main.label() + "\"");
            }
            if (!differences.isEmpty()) {
                checks.add(new Check("ANGKA_TERCETAK_BERBEDA", ERROR, r.name() + ": tercetak berbeda di dua tempat — "
                        + String.join("; ", differences), r.code() + ": " + place + " ↔ " + mainPlace));
            }
        }
    }

    private static void printedDifference(List<String> differences, String what, BigDecimal here, BigDecimal there) {
        if (here == null && there != null) {
            differences.add(what + " kosong, di tempat lain " + fixed(there));
        } else if (here != null && there != null && differs(here, there)) {
            differences.add(what + " " + fixed(here) + " dan " + fixed(there));
        }
    }

    /** Where the register's rows come from (document tables, without row numbers). */
    private String registerTables(String agencyCode, int year, String indicatorCode) {
        String register = em.createQuery("SELECT i.subjectRegister FROM Indicator i WHERE i.agency.code = :agency AND i.code = :code",
                String.class).setParameter("agency", agencyCode).setParameter("code", indicatorCode).getSingleResult();
        List<String> locations = switch (register) {
            case "koperasi" -> em.createQuery("SELECT DISTINCT y.provenance.location FROM CooperativeYear y"
                    + " WHERE y.cooperative.agency.code = :agency AND y.year = :year", String.class)
                    .setParameter("agency", agencyCode).setParameter("year", year).getResultList();
            case "perusahaan" -> em.createQuery("SELECT DISTINCT c.provenance.location FROM Company c WHERE c.agency.code = :agency",
                    String.class).setParameter("agency", agencyCode).getResultList();
            default -> List.of();
        };
        String tables = locations.stream().filter(l -> l != null).map(l -> l.replaceAll(",\\s*no\\.\\s*\\S+$", ""))
                .distinct().sorted().collect(Collectors.joining("; "));
        return tables.isEmpty() ? "register " + register : tables;
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) != 0;
    }

    private static String fixed(BigDecimal value) {
        return value == null ? "-" : IndonesianFormat.fixed(value, 2);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : IndonesianFormat.number(value, 4);
    }
}
