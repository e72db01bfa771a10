package org.akuntabel.planning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Changes to planning documents: a new revision (Perubahan) of a year's Perjanjian Kinerja, copied from
 * the latest one and dated within the year, and the targets of a document line (annual and quarterly),
 * validated and refused when based on a stale version. Earlier revisions are kept as they were signed.
 */
@Stateless
public class DocumentEditing {

    /** A document line as the editor shows it. */
    public record LineRow(long id, int order, String indicator, String name, String unit, BigDecimal annual, BigDecimal q1,
                          BigDecimal q2, BigDecimal q3, BigDecimal q4, String note, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private EvaluationService evaluations;

    public List<LineRow> lines(String agencyCode, int year, DocumentKind kind, int revision) {
        return document(agencyCode, year, kind, revision).getTargets().stream()
                .sorted(Comparator.comparingInt(DocumentTarget::getOrder)).map(DocumentEditing::row).toList();
    }

    /**
     * Creates the next revision of the year's {@code kind} document (a Perubahan for a PK), copying the lines
     * and budgets of the latest revision; the date must lie within the year.
     */
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

    /** Changes one line's targets; amounts must not be negative. */
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
            evaluations.ensureCurrent(agencyCode, year);
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
