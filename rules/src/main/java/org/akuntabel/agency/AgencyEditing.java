package org.akuntabel.agency;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.registers.ValidationFailedException.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Agencies added and described: code (lower case letters, digits and dashes; it names the agency in every
 * address), name, level (provinsi/kabupaten/kota), parent region, and the rule set of its achievement scale.
 */
@Stateless
@Guarded
public class AgencyEditing {

    /** An agency as the editor shows it. */
    public record AgencyRecord(String code, String name, GovernmentLevel level, String region, String scaleRuleSet, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    public List<AgencyRecord> list() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream().map(AgencyEditing::record).toList();
    }

    @Allowed(Role.ADMIN)
    public AgencyRecord create(String code, String name, GovernmentLevel level, String region, String scaleRuleSet) {
        List<FieldError> errors = new ArrayList<>();
        String agencyCode = code == null ? "" : code.trim().toLowerCase();
        if (!agencyCode.matches("[a-z][a-z0-9-]{1,39}")) {
            errors.add(new FieldError("code", "Kode instansi: huruf kecil, angka dan tanda hubung, diawali huruf (2–40 karakter)"));
        } else if (!em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", agencyCode).getResultList().isEmpty()) {
            errors.add(new FieldError("code", "Kode " + agencyCode + " sudah dipakai"));
        }
        check(name, level, scaleRuleSet, errors);
        ValidationFailedException.throwIfAny(errors);
        Agency agency = new Agency(agencyCode, name.trim(), level, blankToNull(region), scaleRuleSet);
        em.persist(agency);
        em.flush();
        return record(agency);
    }

    @Allowed(Role.ADMIN)
    public AgencyRecord update(String code, String name, GovernmentLevel level, String region, String scaleRuleSet, long version) {
        Agency agency = Agencies.byCode(em, code);
        List<FieldError> errors = new ArrayList<>();
        check(name, level, scaleRuleSet, errors);
        ValidationFailedException.throwIfAny(errors);
        if (agency.getVersion() != version) {
            throw new ConcurrentEditException("Instansi " + code);
        }
        agency.describe(name.trim(), level, blankToNull(region), scaleRuleSet);
        em.flush();
        return record(agency);
    }

    private void check(String name, GovernmentLevel level, String scaleRuleSet, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Nama instansi wajib diisi"));
        }
        if (level == null) {
            errors.add(new FieldError("level", "Tingkat pemerintahan (provinsi/kabupaten/kota) wajib dipilih"));
        }
        if (scaleRuleSet == null || !scaleRuleSet.startsWith("skala-capaian-")
                || RuleSetSource.fromClasspath(scaleRuleSet, getClass().getClassLoader()).isEmpty()) {
            errors.add(new FieldError("scaleRuleSet", "Aturan skala capaian '" + scaleRuleSet + "' tidak dikenal"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static AgencyRecord record(Agency a) {
        return new AgencyRecord(a.getCode(), a.getName(), a.getLevel(), a.getRegion(), a.getScaleRuleSet(), a.getVersion());
    }
}
