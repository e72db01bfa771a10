package org.akuntabel.registers.cooperative;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.evaluation.NotFoundException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads the cooperative register: one cooperative's yearly records with where each came from. */
@Stateless
public class CooperativeRegister {

    /** One year of a cooperative's register data, as stored now. */
    public record YearRecord(int year, LocalDate ratDate, BigDecimal businessVolume, BigDecimal assets, String source) {
    }

    /** A cooperative with its yearly records. */
    public record CooperativeRecord(long id, String agency, String name, String registrationNumber, String status,
                                    String source, List<YearRecord> years) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    /** The cooperative {@code id} of agency {@code agencyCode}; another agency's id is not found. */
    public CooperativeRecord cooperative(String agencyCode, long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null || !cooperative.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Koperasi " + id + " tidak ada di register instansi " + agencyCode);
        }
        return new CooperativeRecord(cooperative.getId(), agencyCode, cooperative.getName(),
                cooperative.getRegistrationNumber(), cooperative.getStatus().name(),
                cooperative.getProvenance() == null ? null : cooperative.getProvenance().describe(),
                cooperative.getYears().stream().map(y -> new YearRecord(y.getYear(), y.getRatDate(), y.getBusinessVolume(),
                        y.getAssets(), y.getProvenance() == null ? null : y.getProvenance().describe())).toList());
    }
}
