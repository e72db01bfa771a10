package org.akuntabel.planning.budget;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.planning.RenstraPeriod;
import org.akuntabel.planning.Sasaran;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.shared.Provenance;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.shared.IndonesianFormat;

import java.io.Serializable;
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
@Guarded
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
     * Changes one activity's recorded pagu and realisation (and its name when given): both required and not
     * negative, the realisation not above the pagu; refused when based on a stale version. Programme, sasaran and
     * total sums follow from the lines. An activity with sub-kegiatan keeps these as its recorded amounts; its
     * sums come from the sub-kegiatan.
     */
    @Allowed(Role.OPERATOR)
    public BudgetView.ActivityBudget changeActivity(String agencyCode, long id, BigDecimal pagu, BigDecimal realisation,
                                                   String note, long version) {
        return changeActivity(agencyCode, id, null, pagu, realisation, note, version);
    }

    /** As {@link #changeActivity(String, long, BigDecimal, BigDecimal, String, long)}, renaming when {@code name} is given. */
    @Allowed(Role.OPERATOR)
    public BudgetView.ActivityBudget changeActivity(String agencyCode, long id, String name, BigDecimal pagu,
                                                   BigDecimal realisation, String note, long version) {
        Activity activity = activity(agencyCode, id);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (name != null && name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama kegiatan wajib diisi"));
        }
        amounts(errors, pagu, realisation);
        if (name != null && !name.isBlank() && !name.trim().equals(activity.getName())
                && activity.getProgramme().getActivities().stream().anyMatch(a -> a.getName().equals(name.trim()))) {
            errors.add(new ValidationFailedException.FieldError("name", "Kegiatan \"" + name.trim() + "\" sudah ada pada program ini"));
        }
        ValidationFailedException.throwIfAny(errors);
        if (activity.getVersion() != version) {
            throw new ConcurrentEditException("Anggaran kegiatan " + activity.getName());
        }
        if (name != null) {
            activity.rename(name.trim());
        }
        activity.change(pagu, realisation, edited(activity.getProvenance(), note));
        em.flush();
        return activity(activity);
    }

    /** Adds a programme serving a sasaran of the Renstra that covers {@code year}. */
    @Allowed(Role.OPERATOR)
    public BudgetView.ProgrammeBudget addProgramme(String agencyCode, int year, Integer number, String name, Integer sasaranNumber) {
        Agency agency = agency(agencyCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (number == null || number < 1) {
            errors.add(new ValidationFailedException.FieldError("number", "Nomor program wajib diisi dan minimal 1"));
        } else if (!em.createNamedQuery("Programme.find", Programme.class).setParameter("agency", agency)
                .setParameter("year", year).setParameter("number", number).getResultList().isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("number", "Program nomor " + number + " sudah ada pada anggaran " + year));
        }
        if (name == null || name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama program wajib diisi"));
        }
        Sasaran sasaran = sasaran(agency, year, sasaranNumber, errors);
        ValidationFailedException.throwIfAny(errors);
        Programme programme = new Programme(agency, year, number, name.trim(), sasaran.getNumber(), sasaran.getName(), null, null,
                new Provenance("Akuntabel", null, "ditambahkan melalui aplikasi"));
        em.persist(programme);
        em.flush();
        return programme(programme, new ArrayList<>());
    }

    /** Renames a programme or moves it to another sasaran; refused when stale. */
    @Allowed(Role.OPERATOR)
    public BudgetView.ProgrammeBudget changeProgramme(String agencyCode, int year, int number, String name, Integer sasaranNumber,
                                                     Long versionRead) {
        long version = requireVersion(versionRead);
        Programme programme = programme(agencyCode, year, number);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama program wajib diisi"));
        }
        Sasaran sasaran = sasaran(programme.getAgency(), year, sasaranNumber, errors);
        ValidationFailedException.throwIfAny(errors);
        if (programme.getVersion() != version) {
            throw new ConcurrentEditException("Program " + programme.getName());
        }
        programme.change(name.trim(), sasaran.getNumber(), sasaran.getName());
        em.flush();
        return programme(programme, new ArrayList<>());
    }

    /** Deletes a programme; refused while it still has kegiatan, so no budget line disappears unnoticed. */
    @Allowed(Role.OPERATOR)
    public void deleteProgramme(String agencyCode, int year, int number, long version) {
        Programme programme = programme(agencyCode, year, number);
        if (!programme.getActivities().isEmpty()) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("activities",
                    "Program " + programme.getName() + " masih memiliki " + programme.getActivities().size()
                            + " kegiatan; hapus kegiatannya lebih dahulu")));
        }
        if (programme.getVersion() != version) {
            throw new ConcurrentEditException("Program " + programme.getName());
        }
        em.remove(programme);
        em.flush();
    }

    /** Adds a kegiatan to a programme. */
    @Allowed(Role.OPERATOR)
    public BudgetView.ActivityBudget addActivity(String agencyCode, int year, int programmeNumber, String name, BigDecimal pagu,
                                                BigDecimal realisation) {
        Programme programme = programme(agencyCode, year, programmeNumber);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama kegiatan wajib diisi"));
        } else if (programme.getActivities().stream().anyMatch(a -> a.getName().equals(name.trim()))) {
            errors.add(new ValidationFailedException.FieldError("name", "Kegiatan \"" + name.trim() + "\" sudah ada pada program ini"));
        }
        amounts(errors, pagu, realisation);
        ValidationFailedException.throwIfAny(errors);
        Activity activity = programme.addActivity(name.trim(), pagu, realisation,
                new Provenance("Akuntabel", null, "ditambahkan melalui aplikasi"));
        em.flush();
        return activity(activity);
    }

    /** Deletes a kegiatan with its sub-kegiatan; refused when stale. */
    @Allowed(Role.OPERATOR)
    public void deleteActivity(String agencyCode, long id, long version) {
        Activity activity = activity(agencyCode, id);
        if (activity.getVersion() != version) {
            throw new ConcurrentEditException("Kegiatan " + activity.getName());
        }
        activity.getProgramme().removeActivity(activity);
        em.flush();
    }

    /** Adds a sub-kegiatan to a kegiatan. */
    @Allowed(Role.OPERATOR)
    public BudgetView.SubActivityBudget addSubActivity(String agencyCode, long activityId, String name, BigDecimal pagu,
                                                      BigDecimal realisation) {
        Activity activity = activity(agencyCode, activityId);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama sub kegiatan wajib diisi"));
        } else if (activity.getSubActivities().stream().anyMatch(a -> a.getName().equals(name.trim()))) {
            errors.add(new ValidationFailedException.FieldError("name", "Sub kegiatan \"" + name.trim() + "\" sudah ada pada kegiatan ini"));
        }
        amounts(errors, pagu, realisation);
        ValidationFailedException.throwIfAny(errors);
        SubActivity line = activity.addSubActivity(name.trim(), pagu, realisation,
                new Provenance("Akuntabel", null, "ditambahkan melalui aplikasi"));
        em.flush();
        return subActivity(line);
    }

    /** Changes a sub-kegiatan's name, pagu and realisation; refused when stale. */
    @Allowed(Role.OPERATOR)
    public BudgetView.SubActivityBudget changeSubActivity(String agencyCode, long id, String name, BigDecimal pagu,
                                                         BigDecimal realisation, Long versionRead) {
        long version = requireVersion(versionRead);
        SubActivity line = subActivity(agencyCode, id);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama sub kegiatan wajib diisi"));
        } else if (line.getActivity().getSubActivities().stream().anyMatch(a -> a != line && a.getName().equals(name.trim()))) {
            errors.add(new ValidationFailedException.FieldError("name", "Sub kegiatan \"" + name.trim() + "\" sudah ada pada kegiatan ini"));
        }
        amounts(errors, pagu, realisation);
        ValidationFailedException.throwIfAny(errors);
        if (line.getVersion() != version) {
            throw new ConcurrentEditException("Sub kegiatan " + line.getName());
        }
        line.change(name.trim(), pagu, realisation, edited(line.getProvenance(), null));
        em.flush();
        return subActivity(line);
    }

    /** Deletes a sub-kegiatan; refused when stale. */
    @Allowed(Role.OPERATOR)
    public void deleteSubActivity(String agencyCode, long id, long version) {
        SubActivity line = subActivity(agencyCode, id);
        if (line.getVersion() != version) {
            throw new ConcurrentEditException("Sub kegiatan " + line.getName());
        }
        line.getActivity().removeSubActivity(line);
        em.flush();
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

    private Programme programme(String agencyCode, int year, int number) {
        return em.createNamedQuery("Programme.find", Programme.class).setParameter("agency", agency(agencyCode))
                .setParameter("year", year).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Program " + number + " tidak ada pada anggaran " + year
                        + " instansi " + agencyCode));
    }

    private Activity activity(String agencyCode, long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || !activity.getProgramme().getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Kegiatan " + id + " tidak ada pada anggaran instansi " + agencyCode);
        }
        return activity;
    }

    private SubActivity subActivity(String agencyCode, long id) {
        SubActivity line = em.find(SubActivity.class, id);
        if (line == null || !line.getActivity().getProgramme().getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Sub kegiatan " + id + " tidak ada pada anggaran instansi " + agencyCode);
        }
        return line;
    }

    /** A sasaran a programme can serve in a year. */
    public record SasaranOption(int number, String name) implements Serializable {
    }

    /** The sasaran of the Renstra covering {@code year}, in order: what a programme of that year can serve. */
    public List<SasaranOption> sasaranOptions(String agencyCode, int year) {
        return em.createNamedQuery("RenstraPeriod.findByAgency", RenstraPeriod.class)
                .setParameter("agency", agency(agencyCode)).getResultStream().filter(r -> r.covers(year)).findFirst().stream()
                .flatMap(r -> r.getTujuan().stream()).flatMap(t -> t.getSasaran().stream())
                .sorted(Comparator.comparingInt(Sasaran::getNumber))
                .map(s -> new SasaranOption(s.getNumber(), s.getName())).toList();
    }

    /** The sasaran numbered {@code number} in the Renstra covering {@code year}; records an error when there is none. */
    private Sasaran sasaran(Agency agency, int year, Integer number, List<ValidationFailedException.FieldError> errors) {
        if (number == null) {
            errors.add(new ValidationFailedException.FieldError("sasaranNumber", "Sasaran wajib dipilih"));
            return null;
        }
        Optional<Sasaran> sasaran = em.createNamedQuery("RenstraPeriod.findByAgency", RenstraPeriod.class)
                .setParameter("agency", agency).getResultStream().filter(r -> r.covers(year))
                .flatMap(r -> r.getTujuan().stream()).flatMap(t -> t.getSasaran().stream())
                .filter(s -> s.getNumber() == number).findFirst();
        if (sasaran.isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("sasaranNumber", "Sasaran " + number
                    + " tidak ada dalam Renstra yang berlaku untuk tahun " + year));
        }
        return sasaran.orElse(null);
    }

    private static void amounts(List<ValidationFailedException.FieldError> errors, BigDecimal pagu, BigDecimal realisation) {
        if (pagu == null || pagu.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("pagu", "Pagu wajib diisi dan tidak boleh negatif"));
        }
        if (realisation == null || realisation.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Realisasi wajib diisi dan tidak boleh negatif"));
        } else if (pagu != null && realisation.compareTo(pagu) > 0) {
            errors.add(new ValidationFailedException.FieldError("realisation", "Realisasi " + IndonesianFormat.rupiah(realisation)
                    + " melebihi pagu " + IndonesianFormat.rupiah(pagu)));
        }
    }

    private static Provenance edited(Provenance previous, String note) {
        return new Provenance(previous == null ? "Akuntabel" : previous.getDocument(), previous == null ? null : previous.getLocation(),
                note == null || note.isBlank() ? "diubah melalui aplikasi" : note.trim());
    }

    private static BudgetView.ProgrammeBudget programme(Programme p, List<String> differences) {
        List<BudgetView.ActivityBudget> activities = p.getActivities().stream()
                .sorted(Comparator.comparingInt(Activity::getOrder))
                .map(BudgetService::activity)
                .toList();
        activities.stream().filter(a -> a.recordedPagu() != null).forEach(a -> {
            compare(differences, "Kegiatan " + a.name() + ": pagu", a.pagu(), a.recordedPagu());
            compare(differences, "Kegiatan " + a.name() + ": realisasi", a.realisation(), a.recordedRealisation());
        });
        compare(differences, "Program " + p.getNumber() + " (" + p.getName() + "): pagu", p.getPagu(), p.getPrintedPagu());
        compare(differences, "Program " + p.getNumber() + " (" + p.getName() + "): realisasi", p.getRealisation(),
                p.getPrintedRealisation());
        return new BudgetView.ProgrammeBudget(p.getNumber(), p.getName(), p.getSasaranNumber(), p.getVersion(), p.getPagu(), p.getRealisation(),
                absorption(p.getPagu(), p.getRealisation()), p.getPrintedPagu(), p.getPrintedRealisation(),
                p.getProvenance() == null ? null : p.getProvenance().describe(), activities);
    }

    private static BudgetView.ActivityBudget activity(Activity a) {
        boolean lines = !a.getSubActivities().isEmpty();
        return new BudgetView.ActivityBudget(a.getId(), a.getName(), a.getPagu(), a.getRealisation(),
                absorption(a.getPagu(), a.getRealisation()), lines ? a.getRecordedPagu() : null,
                lines ? a.getRecordedRealisation() : null, a.getProvenance() == null ? null : a.getProvenance().getNote(),
                a.getVersion(), a.getSubActivities().stream().map(BudgetService::subActivity).toList());
    }

    private static BudgetView.SubActivityBudget subActivity(SubActivity s) {
        return new BudgetView.SubActivityBudget(s.getId(), s.getName(), s.getPagu(), s.getRealisation(),
                absorption(s.getPagu(), s.getRealisation()), s.getVersion());
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

    /** A change names the version it was made from (422 otherwise), checked after the caller may change at all. */
    private static long requireVersion(Long version) {
        if (version == null) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("version",
                    "Versi wajib diisi: versi data yang dibaca sebelum diubah")));
        }
        return version;
    }
}
