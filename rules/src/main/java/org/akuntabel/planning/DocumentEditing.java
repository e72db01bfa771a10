package org.akuntabel.planning;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Callers;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Changes to planning documents: a new revision (Perubahan) of a year's Perjanjian Kinerja, copied from
 * the latest one and dated within the year, and the targets of a document line (annual and quarterly),
 * validated and refused when based on a stale version. Earlier revisions are kept as they were signed.
 */
@Stateless
@Guarded
public class DocumentEditing {

    /** A document line as the editor shows it. */
    public record LineRow(long id, int order, String indicator, String name, String unit, BigDecimal annual, BigDecimal q1,
                          BigDecimal q2, BigDecimal q3, BigDecimal q4, String note, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @jakarta.inject.Inject
    private Callers callers;

    @Inject
    private Reevaluation reevaluation;

    public List<LineRow> lines(String agencyCode, int year, DocumentKind kind, int revision) {
        return document(agencyCode, year, kind, revision).getTargets().stream()
                .sorted(Comparator.comparingInt(DocumentTarget::getOrder)).map(DocumentEditing::row).toList();
    }

    /**
     * Creates the next revision of the year's {@code kind} document (a Perubahan for a PK), copying the lines
     * and budgets of the latest revision; the date must lie within the year.
     */
    @Allowed(Role.OPERATOR)
    public int revise(String agencyCode, int year, DocumentKind kind, LocalDate date, String number, String reason) {
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new ValidationFailedException.FieldError("date", "Tanggal perubahan wajib diisi"));
        } else if (date.getYear() != year) {
            errors.add(new ValidationFailedException.FieldError("date", "Tanggal perubahan harus dalam tahun " + year));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("reason", "Alasan perubahan wajib diisi"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Agency agency = agency(agencyCode);
        PlanningDocument latest = em.createQuery("SELECT d FROM PlanningDocument d WHERE d.agency = :agency AND d.year = :year"
                        + " AND d.kind = :kind ORDER BY d.revision DESC", PlanningDocument.class)
                .setParameter("agency", agency).setParameter("year", year).setParameter("kind", kind).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Belum ada " + kind.getLabel() + " tahun " + year + " untuk diubah"));
        int revision = latest.getRevision() + 1;
        PlanningDocument next = new PlanningDocument(agency, year, kind, revision, latest.getTitle(), number, date,
                new Provenance("Akuntabel", "perubahan ke-" + revision + " dari " + latest.getLabel(), reason.trim()));
        latest.getTargets().stream().sorted(Comparator.comparingInt(DocumentTarget::getOrder)).forEach(t ->
                next.addTarget(t.getIndicator(), t.getPrintedName(), t.getSasaranText(), t.getUnit(), t.getAnnual(),
                        new BigDecimal[]{t.getQ1(), t.getQ2(), t.getQ3(), t.getQ4()}, t.getNote()));
        latest.getBudgets().stream().sorted(Comparator.comparingInt(DocumentBudget::getOrder))
                .forEach(b -> next.addBudget(b.getProgramme(), b.getAmount(), b.getNote()));
        em.persist(next);
        return revision;
    }

    /**
     * Creates the year's first {@code kind} document (an IKU decree, the RKT or the original Perjanjian Kinerja),
     * dated in the year or the year before, listing the indicators of the Renstra in force for the year with their
     * Renstra targets as a start; lines are then changed, added or removed.
     */
    @Allowed(Role.OPERATOR)
    public void create(String agencyCode, int year, DocumentKind kind, String title, String number, LocalDate date) {
        Agency agency = agency(agencyCode);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new ValidationFailedException.FieldError("kind", "Jenis dokumen wajib dipilih"));
        } else if (!em.createNamedQuery("PlanningDocument.find", PlanningDocument.class).setParameter("agency", agency)
                .setParameter("year", year).setParameter("kind", kind).setParameter("revision", 0).getResultList().isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("kind", kind.getLabel() + " tahun " + year
                    + " sudah ada; buat perubahannya atau ubah barisnya"));
        }
        if (date == null) {
            errors.add(new ValidationFailedException.FieldError("date", "Tanggal dokumen wajib diisi"));
        } else if (date.getYear() != year && date.getYear() != year - 1) {
            errors.add(new ValidationFailedException.FieldError("date", "Tanggal dokumen harus pada tahun " + (year - 1) + " atau " + year));
        }
        if (kind == DocumentKind.IKU && (number == null || number.isBlank())) {
            errors.add(new ValidationFailedException.FieldError("number", "Nomor keputusan IKU wajib diisi"));
        }
        ValidationFailedException.throwIfAny(errors);
        PlanningDocument document = new PlanningDocument(agency, year, kind, 0,
                title == null || title.isBlank() ? kind.getLabel() + " " + year : title.trim(),
                number == null || number.isBlank() ? null : number.trim(), date,
                new Provenance("Akuntabel", "dibuat melalui aplikasi", null));
        Optional<RenstraPeriod> inForce = em.createNamedQuery("RenstraPeriod.findByAgency", RenstraPeriod.class)
                .setParameter("agency", agency).getResultStream().filter(r -> r.covers(year)).findFirst();
        inForce.ifPresent(renstra -> em.createNamedQuery("Indicator.findByAgency", Indicator.class).setParameter("agency", agency)
                .getResultStream().filter(i -> i.getRenstra() != null && i.getRenstra().getId().equals(renstra.getId()))
                .forEach(i -> document.addTarget(i, i.getName(), i.getSasaran(), i.getUnit(), target(i, year),
                        new BigDecimal[4], null)));
        em.persist(document);
        em.flush();
        if (kind == DocumentKind.PK) {
            reevaluation.afterCommit(agencyCode, year);
        }
    }

    /** Adds an indicator line with its annual target; an indicator appears at most once in a document. */
    @Allowed(Role.OPERATOR)
    public LineRow addLine(String agencyCode, int year, DocumentKind kind, int revision, String indicatorCode, BigDecimal annual) {
        PlanningDocument document = document(agencyCode, year, kind, revision);
        Indicator indicator = em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                .setParameter("agency", document.getAgency()).setParameter("code", indicatorCode == null ? "" : indicatorCode)
                .getResultStream().findFirst().orElse(null);
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (indicator == null) {
            errors.add(new ValidationFailedException.FieldError("indicator", "Indikator wajib dipilih"));
        } else if (document.getTargets().stream().anyMatch(t -> t.getIndicator() != null && t.getIndicator().getId().equals(indicator.getId()))) {
            errors.add(new ValidationFailedException.FieldError("indicator", "Indikator " + indicatorCode + " sudah ada pada dokumen ini"));
        }
        if (annual != null && annual.signum() < 0) {
            errors.add(new ValidationFailedException.FieldError("annual", "Target tidak boleh negatif"));
        }
        ValidationFailedException.throwIfAny(errors);
        DocumentTarget line = document.addTarget(indicator, indicator.getName(), indicator.getSasaran(), indicator.getUnit(),
                annual, new BigDecimal[4], null);
        em.flush();
        if (kind == DocumentKind.PK) {
            reevaluation.afterCommit(agencyCode, year);
        }
        return row(line);
    }

    /** Removes a line (refused when stale). */
    @Allowed(Role.OPERATOR)
    public void removeLine(String agencyCode, int year, DocumentKind kind, int revision, int order, long version) {
        PlanningDocument document = document(agencyCode, year, kind, revision);
        DocumentTarget line = document.getTargets().stream().filter(t -> t.getOrder() == order).findFirst()
                .orElseThrow(() -> new NotFoundException("Baris " + order + " tidak ada pada dokumen"));
        if (line.getVersion() != version) {
            throw new ConcurrentEditException("Baris " + order + " " + document.getLabel());
        }
        document.removeTarget(line);
        em.flush();
        if (kind == DocumentKind.PK) {
            reevaluation.afterCommit(agencyCode, year);
        }
    }

    /**
     * The head of the agency approves a Perjanjian Kinerja (a revision): recorded with who and when; once approved it is
     * not approved again.
     */
    @Allowed(Role.PIMPINAN)
    public void approve(String agencyCode, int year, DocumentKind kind, int revision) {
        PlanningDocument document = document(agencyCode, year, kind, revision);
        if (kind != DocumentKind.PK) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("kind",
                    "Hanya Perjanjian Kinerja yang disetujui pimpinan")));
        }
        if (document.getApprovedBy() != null) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("revision",
                    document.getLabel() + " sudah disetujui oleh " + document.getApprovedBy())));
        }
        document.approve(callers.current().name());
        em.flush();
    }

    /** Deletes the latest revision of the year's {@code kind} document; an earlier revision stays as it was signed. */
    @Allowed(Role.OPERATOR)
    public void deleteLatest(String agencyCode, int year, DocumentKind kind, int revision) {
        PlanningDocument document = document(agencyCode, year, kind, revision);
        boolean later = !em.createQuery("SELECT d FROM PlanningDocument d WHERE d.agency = :agency AND d.year = :year AND d.kind = :kind"
                        + " AND d.revision > :revision", PlanningDocument.class).setParameter("agency", document.getAgency())
                .setParameter("year", year).setParameter("kind", kind).setParameter("revision", revision).getResultList().isEmpty();
        if (later) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("revision",
                    "Hanya revisi terakhir yang dapat dihapus; " + document.getLabel() + " sudah memiliki perubahan sesudahnya")));
        }
        em.remove(document);
        em.flush();
        if (kind == DocumentKind.PK) {
            reevaluation.afterCommit(agencyCode, year);
        }
    }

    private BigDecimal target(Indicator indicator, int year) {
        return em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class).setParameter("indicator", indicator)
                .setParameter("year", year).getResultStream().findFirst().map(IndicatorTarget::getValue).orElse(null);
    }

    /** Changes one line's targets; amounts must not be negative. */
    @Allowed(Role.OPERATOR)
    public LineRow setLine(String agencyCode, int year, DocumentKind kind, int revision, int order, BigDecimal annual,
                           BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4, String note, long version) {
        DocumentTarget line = document(agencyCode, year, kind, revision).getTargets().stream()
                .filter(t -> t.getOrder() == order).findFirst()
                .orElseThrow(() -> new NotFoundException("Baris " + order + " tidak ada pada dokumen"));
        if (Stream.of(annual, q1, q2, q3, q4).anyMatch(v -> v != null && v.signum() < 0)) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("targets", "Target tidak boleh negatif")));
        }
        if (line.getVersion() != version) {
            throw new ConcurrentEditException("Baris " + order + " " + line.getDocument().getLabel());
        }
        line.change(annual, q1, q2, q3, q4, note == null || note.isBlank() ? line.getNote() : note.trim());
        em.flush();
        if (kind == DocumentKind.PK) {
            reevaluation.afterCommit(agencyCode, year);
        }
        return row(line);
    }

    private PlanningDocument document(String agencyCode, int year, DocumentKind kind, int revision) {
        return em.createNamedQuery("PlanningDocument.find", PlanningDocument.class).setParameter("agency", agency(agencyCode))
                .setParameter("year", year).setParameter("kind", kind).setParameter("revision", revision)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(kind.getLabel() + " tahun " + year + " revisi " + revision + " tidak ada"));
    }

    private static LineRow row(DocumentTarget t) {
        return new LineRow(t.getId(), t.getOrder(), t.getIndicator() == null ? null : t.getIndicator().getCode(), t.getPrintedName(),
                t.getUnit(), t.getAnnual(), t.getQ1(), t.getQ2(), t.getQ3(), t.getQ4(), t.getNote(), t.getVersion());
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
