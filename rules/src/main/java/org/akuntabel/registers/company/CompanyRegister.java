package org.akuntabel.registers.company;

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
import org.akuntabel.shared.Provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and changes the company register. A change is validated (counts not negative, BPJS participants
 * not more than workers, a document number only with its element present), refused when based on a
 * stale version, and followed by re-evaluating the agency's indicators (the register has no years, so
 * every year that can be evaluated).
 */
@Stateless
@Guarded
public class CompanyRegister {

    /** A company as the register shows it. */
    public record CompanyRecord(long id, String name, String sector, Integer workers, Boolean ppPkb, String ppPkbNumber,
                                Boolean lksBipartit, String lksBipartitDecree, Boolean wageStructure, Integer bpjsParticipants,
                                String source, long version) {
    }

    /** A change to a company's record; {@code version} is the version read. */
    public record CompanyEdit(Integer workers, Boolean ppPkb, String ppPkbNumber, Boolean lksBipartit, String lksBipartitDecree,
                              Boolean wageStructure, Integer bpjsParticipants, String note, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private Reevaluation reevaluation;

    public List<CompanyRecord> list(String agencyCode) {
        return em.createNamedQuery("Company.findByAgency", Company.class).setParameter("agency", agency(agencyCode))
                .getResultList().stream().map(CompanyRegister::record).toList();
    }

    /** Adds a company with its elements (empty: not recorded), then re-evaluates every evaluated year. */
    @Allowed(Role.OPERATOR)
    public CompanyRecord create(String agencyCode, String name, String sector, CompanyEdit edit) {
        Agency agency = agency(agencyCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("name", "Nama perusahaan wajib diisi"));
        } else if (em.createNamedQuery("Company.findByAgency", Company.class).setParameter("agency", agency).getResultStream()
                .anyMatch(c -> c.getName().equalsIgnoreCase(name.trim()))) {
            errors.add(new ValidationFailedException.FieldError("name", "Perusahaan \"" + name.trim() + "\" sudah ada di register"));
        }
        errors.addAll(problems(edit));
        ValidationFailedException.throwIfAny(errors);
        Company company = new Company(agency, name.trim(), trim(sector), edit.workers(), edit.ppPkb(), trim(edit.ppPkbNumber()),
                edit.lksBipartit(), trim(edit.lksBipartitDecree()), edit.wageStructure(), edit.bpjsParticipants(),
                new Provenance("Akuntabel", null, notBlank(edit.note()) ? edit.note().trim() : "ditambahkan melalui aplikasi"));
        em.persist(company);
        em.flush();
        reEvaluate(agencyCode);
        return record(company);
    }

    /** Removes a company from the register (refused when stale), then re-evaluates every evaluated year. */
    @Allowed(Role.OPERATOR)
    public void delete(String agencyCode, long id, long version) {
        Company company = find(agencyCode, id);
        if (company.getVersion() != version) {
            throw new ConcurrentEditException("Data perusahaan " + company.getName());
        }
        em.remove(company);
        em.flush();
        reEvaluate(agencyCode);
    }

    @Allowed(Role.OPERATOR)
    public CompanyRecord update(String agencyCode, long id, CompanyEdit edit) {
        Company company = find(agencyCode, id);
        ValidationFailedException.throwIfAny(problems(edit));
        if (company.getVersion() != edit.version()) {
            throw new ConcurrentEditException("Data perusahaan " + company.getName());
        }
        Provenance previous = company.getProvenance();
        company.record(edit.workers(), edit.ppPkb(), trim(edit.ppPkbNumber()), edit.lksBipartit(), trim(edit.lksBipartitDecree()),
                edit.wageStructure(), edit.bpjsParticipants(),
                new Provenance(previous == null ? "Akuntabel" : previous.getDocument(), previous == null ? null : previous.getLocation(),
                        notBlank(edit.note()) ? edit.note().trim() : "diubah melalui aplikasi"));
        em.flush();
        reEvaluate(agencyCode);
        return record(company);
    }

    private void reEvaluate(String agencyCode) {
        reevaluation.everyEvaluatedYearAfterCommit(agencyCode);
    }

    private Company find(String agencyCode, long id) {
        Company company = em.find(Company.class, id);
        if (company == null || !company.getAgency().getCode().equals(agencyCode)) {
            throw new NotFoundException("Perusahaan " + id + " tidak ada di register instansi " + agencyCode);
        }
        return company;
    }

    private static List<ValidationFailedException.FieldError> problems(CompanyEdit edit) {
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (edit.workers() != null && edit.workers() < 0) {
            errors.add(new ValidationFailedException.FieldError("workers", "Jumlah tenaga kerja tidak boleh negatif"));
        }
        if (edit.bpjsParticipants() != null && edit.bpjsParticipants() < 0) {
            errors.add(new ValidationFailedException.FieldError("bpjsParticipants", "Peserta BPJS Ketenagakerjaan tidak boleh negatif"));
        } else if (edit.bpjsParticipants() != null && edit.workers() != null && edit.bpjsParticipants() > edit.workers()) {
            errors.add(new ValidationFailedException.FieldError("bpjsParticipants",
                    "Peserta BPJS Ketenagakerjaan (" + edit.bpjsParticipants() + ") lebih banyak dari tenaga kerja (" + edit.workers() + ")"));
        }
        if (!Boolean.TRUE.equals(edit.ppPkb()) && notBlank(edit.ppPkbNumber())) {
            errors.add(new ValidationFailedException.FieldError("ppPkbNumber", "Nomor PP/PKB hanya diisi bila PP/PKB ada"));
        }
        if (!Boolean.TRUE.equals(edit.lksBipartit()) && notBlank(edit.lksBipartitDecree())) {
            errors.add(new ValidationFailedException.FieldError("lksBipartitDecree", "Nomor keputusan LKS Bipartit hanya diisi bila LKS Bipartit ada"));
        }
        return errors;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String trim(String text) {
        return notBlank(text) ? text.trim() : null;
    }

    private static CompanyRecord record(Company c) {
        return new CompanyRecord(c.getId(), c.getName(), c.getSector(), c.getWorkers(), c.getPpPkb(), c.getPpPkbNumber(),
                c.getLksBipartit(), c.getLksBipartitDecree(), c.getWageStructure(), c.getBpjsParticipants(),
                c.getProvenance() == null ? null : c.getProvenance().describe(), c.getVersion());
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
