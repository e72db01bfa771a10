package org.akuntabel.planning.budget;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.shared.Provenance;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an agency's budget for a year, summed from the activity lines and compared with the printed totals. */
@Stateless
public class BudgetService {

    static final String PRINTED_SASARAN_PAGU = "ANGGARAN_SASARAN_PAGU_TERCETAK";
    static final String PRINTED_SASARAN_REALISATION = "ANGGARAN_SASARAN_REALISASI_TERCETAK";
    static final String PRINTED_TOTAL = "ANGGARAN_TOTAL_TERCETAK";

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    public BudgetView budget(String agencyCode, int year) {
        Agency agency = agency(agencyCode);
        List<Programme> programmes = em.createNamedQuery("Programme.findByAgencyAndYear", Programme.class)
                .setParameter("agency", agency).setParameter("year", year).getResultList();
        if (programmes.isEmpty()) {
            throw new NotFoundException("Tidak ada data anggaran tahun " + year + " untuk instansi " + agencyCode);
        }
        List<String> differences = new ArrayList<>();
        Map<Integer, List<Programme>> bySasaran = new LinkedHashMap<>();
        programmes.forEach(p -> bySasaran.computeIfAbsent(p.getSasaranNumber(), n -> new ArrayList<>()).add(p));

        List<BudgetView.SasaranBudget> sasaran = new ArrayList<>();
        for (Map.Entry<Integer, List<Programme>> entry : bySasaran.entrySet()) {
            List<BudgetView.ProgrammeBudget> programmeViews = entry.getValue().stream().map(p -> programme(p, differences)).toList();
            BigDecimal pagu = programmeViews.stream().map(BudgetView.ProgrammeBudget::pagu).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal realisation = programmeViews.stream().map(BudgetView.ProgrammeBudget::realisation).reduce(BigDecimal.ZERO, BigDecimal::add);
            String part = Integer.toString(entry.getKey());
            BigDecimal printedPagu = printed(agency, year, PRINTED_SASARAN_PAGU, part).orElse(null);
            BigDecimal printedRealisation = printed(agency, year, PRINTED_SASARAN_REALISATION, part).orElse(null);
            compare(differences, "Sasaran " + entry.getKey() + ": pagu", pagu, printedPagu);
            compare(differences, "Sasaran " + entry.getKey() + ": realisasi", realisation, printedRealisation);
            sasaran.add(new BudgetView.SasaranBudget(entry.getKey(), entry.getValue().get(0).getSasaranName(), pagu, realisation,
                    absorption(pagu, realisation), printedPagu, printedRealisation, programmeViews));
        }
        BigDecimal pagu = sasaran.stream().map(BudgetView.SasaranBudget::pagu).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal realisation = sasaran.stream().map(BudgetView.SasaranBudget::realisation).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal printedPagu = printed(agency, year, PRINTED_TOTAL, "pagu").orElse(null);
        BigDecimal printedRealisation = printed(agency, year, PRINTED_TOTAL, "realisasi").orElse(null);
        compare(differences, "Total: pagu", pagu, printedPagu);
        compare(differences, "Total: realisasi", realisation, printedRealisation);
        long activities = programmes.stream().mapToLong(p -> p.getActivities().size()).sum();
        printed(agency, year, PRINTED_TOTAL, "jumlah kegiatan")
                .filter(count -> count.compareTo(BigDecimal.valueOf(activities)) != 0)
                .ifPresent(count -> differences.add("Jumlah kegiatan: tercetak " + count.stripTrailingZeros().toPlainString()
                        + ", baris kegiatan " + activities));
        return new BudgetView(agencyCode, year, pagu, realisation, absorption(pagu, realisation), printedPagu,
                printedRealisation, sasaran, differences);
    }

    /**
     * Changes one activity's pagu and realisation: both required and not negative, the realisation not above
     * the pagu; refused when based on a stale version. Programme, sasaran and total sums follow from the lines.
     */
    public BudgetView.ActivityBudget changeActivity(String agencyCode, long id, BigDecimal pagu, BigDecimal realisation,
                                                   String note, long version) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || !activity.getProgramme().getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Kegiatan " + id + " tidak ada pada anggaran instansi " + agencyCode);
        }
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (pagu == null || pagu.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("pagu", "Pagu wajib diisi dan tidak boleh negatif"));
        }
        if (realisation == null || realisation.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Realisasi wajib diisi dan tidak boleh negatif"));
        } else if (pagu != null && realisation.compareTo(pagu) > 0) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Realisasi " + IndonesianFormat.rupiah(realisation)
                    + " melebihi pagu " + IndonesianFormat.rupiah(pagu)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (activity.getVersion() != version) {
            throw new ConcurrentEditException("Anggaran kegiatan " + activity.getName());
        }
        Provenance previous = activity.getProvenance();
        activity.change(pagu, realisation, new Provenance(previous == null ? "Akuntabel" : previous.getDocument(),
                previous == null ? null : previous.getLocation(), note == null || note.isBlank() ? "diubah melalui aplikasi" : note.trim()));
        em.flush();
        return activity(activity);
    }

    /** The programmes that fund sasaran {@code sasaranNumber} in {@code year} (empty when there is no budget data). */
    public List<BudgetView.ProgrammeBudget> programmesFor(String agencyCode, int year, int sasaranNumber) {
        return em.createNamedQuery("Programme.findByAgencyAndYear", Programme.class)
                .setParameter("agency", agency(agencyCode)).setParameter("year", year).getResultList().stream()
                .filter(p -> p.getSasaranNumber() == sasaranNumber)
                .map(p -> programme(p, new ArrayList<>()))
                .toList();
    }

    private Agency agency(String agencyCode) {
        return Agencies.byCode(em, agencyCode);
    }

    private static BudgetView.ProgrammeBudget programme(Programme p, List<String> differences) {
        List<BudgetView.ActivityBudget> activities = p.getActivities().stream()
                .sorted(Comparator.comparingInt(Activity::getOrder))
                .map(BudgetService::activity)
                .toList();
        compare(differences, "Program " + p.getNumber() + " (" + p.getName() + "): pagu", p.getPagu(), p.getPrintedPagu());
        compare(differences, "Program " + p.getNumber() + " (" + p.getName() + "): realisasi", p.getRealisation(),
                p.getPrintedRealisation());
        return new BudgetView.ProgrammeBudget(p.getNumber(), p.getName(), p.getPagu(), p.getRealisation(),
                absorption(p.getPagu(), p.getRealisation()), p.getPrintedPagu(), p.getPrintedRealisation(),
                p.getProvenance() == null ? null : p.getProvenance().describe(), activities);
    }

    private static BudgetView.ActivityBudget activity(Activity a) {
        return new BudgetView.ActivityBudget(a.getId(), a.getName(), a.getPagu(), a.getRealisation(),
                absorption(a.getPagu(), a.getRealisation()), a.getProvenance() == null ? null : a.getProvenance().getNote(),
                a.getVersion());
    }

    /** realisation ÷ pagu × 100, 2 decimals; {@code null} ("tidak dapat dihitung") when the pagu is 0. */
    static BigDecimal absorption(BigDecimal pagu, BigDecimal realisation) {
        if (pagu == null || realisation == null || pagu.signum() == 0) {
            return null;
        }
        return realisation.multiply(BigDecimal.valueOf(100)).divide(pagu, 2, RoundingMode.HALF_UP);
    }

    private static void compare(List<String> differences, String what, BigDecimal sumOfLines, BigDecimal printed) {
        if (printed != null && sumOfLines.compareTo(printed) != 0) {
            differences.add(what + " tercetak " + IndonesianFormat.rupiah(printed) + ", jumlah baris rincian "
                    + IndonesianFormat.rupiah(sumOfLines));
        }
    }

    private Optional<BigDecimal> printed(Agency agency, int year, String code, String part) {
        return em.createNamedQuery("StatisticFigure.findPart", StatisticFigure.class)
                .setParameter("agency", agency).setParameter("year", year).setParameter("code", code)
                .setParameter("part", part).getResultStream().findFirst().map(StatisticFigure::getValue);
    }
}
