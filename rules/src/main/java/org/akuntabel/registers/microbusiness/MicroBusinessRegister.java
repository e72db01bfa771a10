package org.akuntabel.registers.microbusiness;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The micro-business register: entities with the entrepreneur criteria fields (LKjIP 2025, Sasaran 5) and
 * the PP 7/2021 size fields, and per kecamatan the entities registered beside the aggregates a document
 * reports where no entity list exists.
 */
@Stateless
@Guarded
public class MicroBusinessRegister {

    /** Figure codes of the per-kecamatan aggregates (LKjIP 2025 Tabel 3.16) and the total (Tabel 3.17). */
    static final String ENTREPRENEURS = "UM_WIRAUSAHA";
    static final String TOTAL = "UM_JUMLAH";

    /** A micro-business as the register shows it. */
    public record MicroBusinessRecord(long id, String name, String ownerName, String kecamatan, String nib, String npwp,
                                      Boolean fixedCommodity, Boolean fixedPlace, Boolean financialRecords,
                                      Boolean separatedFinances, Boolean entrepreneurshipTraining, Boolean financeAccess,
                                      BigDecimal capital, BigDecimal annualSales, String source, long version) implements Serializable {
    }

    /** A new micro-business or a change to one ({@code version}: the version read; ignored when creating). */
    public record MicroBusinessInput(String name, String ownerName, String kecamatan, String nib, String npwp,
                                     Boolean fixedCommodity, Boolean fixedPlace, Boolean financialRecords,
                                     Boolean separatedFinances, Boolean entrepreneurshipTraining, Boolean financeAccess,
                                     BigDecimal capital, BigDecimal annualSales, String note, Long version) {
    }

    /** Per kecamatan: entities in the register, and the aggregate a document reports for a year (null when none). */
    public record KecamatanCount(String kecamatan, long registered, BigDecimal reportedEntrepreneurs) implements Serializable {
    }

    /** The per-kecamatan view for a year, with the reported total of micro-businesses and where the aggregates come from. */
    public record Summary(int year, List<KecamatanCount> kecamatan, long registered, BigDecimal reportedEntrepreneurs,
                          BigDecimal reportedTotal, String source) implements Serializable {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    public List<MicroBusinessRecord> list(String agencyCode) {
        return em.createNamedQuery("MicroBusiness.findByAgency", MicroBusiness.class).setParameter("agency", agency(agencyCode))
                .getResultList().stream().map(MicroBusinessRegister::record).toList();
    }

    /** Registered entities and reported aggregates per kecamatan for {@code year}. */
    public Summary summary(String agencyCode, int year) {
        Agency agency = agency(agencyCode);
        Map<String, Long> registered = em.createNamedQuery("MicroBusiness.findByAgency", MicroBusiness.class)
                .setParameter("agency", agency).getResultStream()
                .collect(Collectors.groupingBy(m -> m.getKecamatan().toUpperCase(), TreeMap::new, Collectors.counting()));
        List<StatisticFigure> reported = figures(agency, year, ENTREPRENEURS);
        Map<String, BigDecimal> reportedByKecamatan = reported.stream().filter(f -> f.getPart() != null && !f.getPart().isBlank())
                .collect(Collectors.toMap(f -> f.getPart().toUpperCase(), StatisticFigure::getValue, BigDecimal::add, TreeMap::new));
        TreeSet<String> names = new TreeSet<>(registered.keySet());
        names.addAll(reportedByKecamatan.keySet());
        List<KecamatanCount> rows = names.stream()
                .map(k -> new KecamatanCount(k, registered.getOrDefault(k, 0L), reportedByKecamatan.get(k))).toList();
        BigDecimal reportedSum = reported.isEmpty() ? null
                : reported.stream().map(StatisticFigure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = figures(agency, year, TOTAL).stream().map(StatisticFigure::getValue).reduce(BigDecimal::add).orElse(null);
        String source = reported.isEmpty() || reported.get(0).getProvenance() == null ? null
                : reported.get(0).getProvenance().describe();
        return new Summary(year, rows, registered.values().stream().mapToLong(Long::longValue).sum(), reportedSum, total, source);
    }

    @Allowed(Role.OPERATOR)
    public MicroBusinessRecord create(String agencyCode, MicroBusinessInput input) {
        Agency agency = agency(agencyCode);
        validate(agency, input, null);
        MicroBusiness business = new MicroBusiness(agency, input.name().trim(), trim(input.ownerName()),
                input.kecamatan().trim().toUpperCase(), digits(input.nib()), digits(input.npwp()), provenance(null, input.note(), "ditambahkan"));
        business.assess(input.fixedCommodity(), input.fixedPlace(), input.financialRecords(), input.separatedFinances(),
                input.entrepreneurshipTraining(), input.financeAccess());
        business.size(input.capital(), input.annualSales());
        em.persist(business);
        em.flush();
        return record(business);
    }

    @Allowed(Role.OPERATOR)
    public MicroBusinessRecord update(String agencyCode, long id, MicroBusinessInput input) {
        MicroBusiness business = find(agencyCode, id);
        validate(business.getAgency(), input, business);
        if (input.version() == null || business.getVersion() != input.version()) {
            throw new ConcurrentEditException("Usaha mikro " + business.getName());
        }
        business.identify(input.name().trim(), trim(input.ownerName()), input.kecamatan().trim().toUpperCase(), digits(input.nib()),
                digits(input.npwp()), provenance(business.getProvenance(), input.note(), "diubah"));
        business.assess(input.fixedCommodity(), input.fixedPlace(), input.financialRecords(), input.separatedFinances(),
                input.entrepreneurshipTraining(), input.financeAccess());
        business.size(input.capital(), input.annualSales());
        em.flush();
        return record(business);
    }

    @Allowed(Role.OPERATOR)
    public void delete(String agencyCode, long id, long version) {
        MicroBusiness business = find(agencyCode, id);
        if (business.getVersion() != version) {
            throw new ConcurrentEditException("Usaha mikro " + business.getName());
        }
        em.remove(business);
        em.flush();
    }

    /**
     * Required name and kecamatan, unique per kecamatan; NIB 13 digits and NPWP 15 or 16 digits when given
     * (dots and dashes allowed); capital and annual sales not negative. An empty criterion field is "no data".
     */
    private void validate(Agency agency, MicroBusinessInput input, MicroBusiness current) {
        List<FieldError> errors = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new FieldError("name", "Nama usaha wajib diisi"));
        }
        if (input.kecamatan() == null || input.kecamatan().isBlank()) {
            errors.add(new FieldError("kecamatan", "Kecamatan wajib diisi"));
        }
        if (errors.isEmpty()) {
            String name = input.name().trim();
            String kecamatan = input.kecamatan().trim().toUpperCase();
            boolean taken = em.createNamedQuery("MicroBusiness.findByAgency", MicroBusiness.class).setParameter("agency", agency)
                    .getResultStream().anyMatch(m -> m != current && m.getName().equalsIgnoreCase(name)
                            && m.getKecamatan().equalsIgnoreCase(kecamatan));
            if (taken) {
                errors.add(new FieldError("name", "Usaha \"" + name + "\" di Kecamatan " + kecamatan + " sudah ada di register"));
            }
        }
        String nib = digits(input.nib());
        if (input.nib() != null && !input.nib().isBlank() && (nib == null || nib.length() != 13 || !input.nib().matches("[0-9 .\\-]+"))) {
            errors.add(new FieldError("nib", "NIB terdiri dari 13 angka"));
        }
        String npwp = digits(input.npwp());
        if (input.npwp() != null && !input.npwp().isBlank()
                && (npwp == null || (npwp.length() != 15 && npwp.length() != 16) || !input.npwp().matches("[0-9 .\\-]+"))) {
            errors.add(new FieldError("npwp", "NPWP terdiri dari 15 atau 16 angka"));
        }
        if (input.capital() != null && input.capital().signum() < 0) {
            errors.add(new FieldError("capital", "Modal usaha tidak boleh negatif"));
        }
        if (input.annualSales() != null && input.annualSales().signum() < 0) {
            errors.add(new FieldError("annualSales", "Hasil penjualan tahunan tidak boleh negatif"));
        }
        ValidationFailedException.throwIfAny(errors);
    }

    private MicroBusiness find(String agencyCode, long id) {
        MicroBusiness business = em.find(MicroBusiness.class, id);
        if (business == null || !business.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Usaha mikro " + id + " tidak ada di register instansi " + agencyCode);
        }
        return business;
    }

    private List<StatisticFigure> figures(Agency agency, int year, String code) {
        return em.createNamedQuery("StatisticFigure.find", StatisticFigure.class).setParameter("agency", agency)
                .setParameter("year", year).setParameter("code", code).getResultList();
    }

    private static Provenance provenance(Provenance previous, String note, String action) {
        return new Provenance(previous == null ? "Akuntabel" : previous.getDocument(), previous == null ? null : previous.getLocation(),
                note == null || note.isBlank() ? action + " melalui aplikasi" : note.trim());
    }

    private static String digits(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static MicroBusinessRecord record(MicroBusiness m) {
        return new MicroBusinessRecord(m.getId(), m.getName(), m.getOwnerName(), m.getKecamatan(), m.getNib(), m.getNpwp(),
                m.getFixedCommodity(), m.getFixedPlace(), m.getFinancialRecords(), m.getSeparatedFinances(),
                m.getEntrepreneurshipTraining(), m.getFinanceAccess(), m.getCapital(), m.getAnnualSales(),
                m.getProvenance() == null ? null : m.getProvenance().describe(), m.getVersion());
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
