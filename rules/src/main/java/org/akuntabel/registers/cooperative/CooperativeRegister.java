package org.akuntabel.registers.cooperative;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.Reevaluation;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.shared.Provenance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the cooperative register: one cooperative's yearly records with where each came from. */
@Stateless
@Guarded
public class CooperativeRegister {

    /** One year of a cooperative's register data, as stored now, with its optimistic-lock version. */
    public record YearRecord(int year, LocalDate ratDate, BigDecimal businessVolume, BigDecimal assets, String source,
                             long version) implements Serializable {
    }

    /** A change to one year of a cooperative's data; {@code version} is the version the editor read. */
    public record YearEdit(LocalDate ratDate, BigDecimal businessVolume, BigDecimal assets, String note, long version) {
    }

    /** A cooperative with its yearly records. */
    public record CooperativeRecord(long id, String agency, String name, String registrationNumber, String status,
                                    String source, List<YearRecord> years, long version) implements Serializable {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private Reevaluation reevaluation;

    /** The cooperative {@code id} of agency {@code agencyCode}; another agency's id is not found. */
    public CooperativeRecord cooperative(String agencyCode, long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null || !cooperative.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Koperasi " + id + " tidak ada di register instansi " + agencyCode);
        }
        return record(agencyCode, cooperative);
    }

    private static CooperativeRecord record(String agencyCode, Cooperative cooperative) {
        return new CooperativeRecord(cooperative.getId(), agencyCode, cooperative.getName(),
                cooperative.getRegistrationNumber(), cooperative.getStatus().name(),
                cooperative.getProvenance() == null ? null : cooperative.getProvenance().describe(),
                cooperative.getYears().stream().map(y -> new YearRecord(y.getYear(), y.getRatDate(), y.getBusinessVolume(),
                        y.getAssets(), y.getProvenance() == null ? null : y.getProvenance().describe(), y.getVersion()))
                        .sorted(Comparator.comparingInt(YearRecord::year)).toList(),
                cooperative.getVersion());
    }

    /** Every cooperative of the agency's register with its yearly records, by name. */
    public List<CooperativeRecord> list(String agencyCode) {
        return em.createNamedQuery("Cooperative.findByAgency", Cooperative.class).setParameter("agency", agency(agencyCode))
                .getResultList().stream().map(c -> record(agencyCode, c)).toList();
    }

    /**
     * Adds a cooperative to the register with an empty record for {@code year} (empty = no data, to be
     * filled in). The name is required and unique within the agency.
     */
    @Allowed(Role.OPERATOR)
    public CooperativeRecord create(String agencyCode, String name, String registrationNumber, CooperativeStatus status, int year,
                                    String note) {
        Agency agency = agency(agencyCode);
        String trimmed = name == null ? "" : name.trim();
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (trimmed.isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama koperasi wajib diisi"));
        } else if (trimmed.length() > 300) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama koperasi paling panjang 300 huruf"));
        } else if (!em.createNamedQuery("Cooperative.findByAgencyAndName", Cooperative.class).setParameter("agency", agency)
                .setParameter("name", trimmed).getResultList().isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("name", "Koperasi bernama " + trimmed + " sudah ada di register"));
        }
        if (status == null) {
            errors.add(new ValidationFailedException.FieldError("status", "Status koperasi wajib dipilih"));
        }
        if (year < 2000 || year > 2100) {
            errors.add(new ValidationFailedException.FieldError("year", "Tahun " + year + " tidak masuk akal"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Provenance source = new Provenance("Akuntabel", "ditambahkan melalui aplikasi", note == null || note.isBlank() ? null : note.trim());
        Cooperative cooperative = new Cooperative(agency, trimmed,
                registrationNumber == null || registrationNumber.isBlank() ? null : registrationNumber.trim(), status, source);
        cooperative.yearRecord(year).record(null, null, null, source);
        em.persist(cooperative);
        em.flush();
        reevaluation.afterCommit(agencyCode, year);
        return record(agencyCode, cooperative);
    }

    /** Removes a cooperative and its yearly records; stored evaluation runs keep what they found. */
    @Allowed(Role.OPERATOR)
    public void delete(String agencyCode, long id, long version) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null || !cooperative.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Koperasi " + id + " tidak ada di register instansi " + agencyCode);
        }
        if (cooperative.getVersion() != version) {
            throw new ConcurrentEditException("Koperasi " + cooperative.getName());
        }
        List<Integer> years = cooperative.getYears().stream().map(CooperativeYear::getYear).toList();
        em.remove(cooperative);
        em.flush();
        for (int year : years) {
            reevaluation.afterCommit(agencyCode, year, year + 1);
        }
    }


    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }

    /**
     * Changes one year of a cooperative's data after validating it (amounts ≥ 0, the RAT date within the
     * year; an empty value means no data, never zero) and checking that nobody changed it since it was
     * read. Then re-evaluates the agency's indicators for that year and the next (whose growth criteria
     * read this year), so readers see results consistent with the data.
     */
    @Allowed(Role.OPERATOR)
    public CooperativeRecord updateYear(String agencyCode, long id, int year, YearEdit edit) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null || !cooperative.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Koperasi " + id + " tidak ada di register instansi " + agencyCode);
        }
        CooperativeYear record = cooperative.findYear(year)
                .orElseThrow(() -> new NotFoundException("Koperasi " + cooperative.getName() + " tidak punya catatan tahun " + year));
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (edit.ratDate() != null && edit.ratDate().getYear() != year) {
            errors.add(new ValidationFailedException.FieldError("ratDate", "Tanggal RAT catatan tahun " + year
                    + " harus dalam tahun " + year + " (tercatat " + edit.ratDate() + ")"));
        }
        if (edit.businessVolume() != null && edit.businessVolume().signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("businessVolume", "Volume usaha tidak boleh negatif"));
        }
        if (edit.assets() != null && edit.assets().signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("assets", "Aset tidak boleh negatif"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (record.getVersion() != edit.version()) {
            throw new ConcurrentEditException("Data koperasi " + cooperative.getName() + " tahun " + year);
        }
        Provenance previous = record.getProvenance();
        String note = edit.note() == null || edit.note().isBlank() ? "diubah melalui aplikasi" : edit.note().trim();
        record.record(edit.ratDate(), edit.businessVolume(), edit.assets(),
                new Provenance(previous == null ? "Akuntabel" : previous.getDocument(),
                        previous == null ? null : previous.getLocation(), note));
        em.flush();
        reevaluation.afterCommit(agencyCode, year, year + 1);
        return cooperative(agencyCode, id);
    }
}
