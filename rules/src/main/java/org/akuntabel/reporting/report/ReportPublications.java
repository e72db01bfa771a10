package org.akuntabel.reporting.report;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Callers;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.reporting.ReportPublication;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Draft reports generated on demand, and published versions ("Terbitkan") that never change: the content as
 * computed at publication (every figure with the rule-set versions and data digest of its run), its SHA-256
 * digest printed on the last page, and both files. A correction is a new version with a reason. The digest is
 * taken over the canonical content, so the same data and rules always give the same digest.
 */
@Stateless
@Guarded
public class ReportPublications {

    private static final Logger LOG = Logger.getLogger(ReportPublications.class.getName());

    /** A published version in the list. */
    @JsonbPropertyOrder({"version", "digest", "reason", "author", "publishedAt"})
    public record VersionView(int version, String digest, String reason, String author, Instant publishedAt) implements Serializable {
    }

    /** A rendered report: the file and the digest of its content. */
    public record Rendered(byte[] bytes, String digest) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private ReportBuilder builder;

    /** The draft report as PDF, from the data and rules as they are now. */
    public Rendered draftPdf(String agencyCode, int year) {
        ReportModel model = builder.build(agencyCode, year);
        return new Rendered(PdfReport.render(model), digest(model));
    }

    /** The draft report as DOCX, from the data and rules as they are now. */
    public Rendered draftDocx(String agencyCode, int year) {
        ReportModel model = builder.build(agencyCode, year);
        return new Rendered(DocxReport.render(model), digest(model));
    }

    /** The digest the report would have if published now. */
    public String draftDigest(String agencyCode, int year) {
        return digest(builder.build(agencyCode, year));
    }

    /** Freezes the report as the next version; after the first, a version needs the reason it corrects the previous. */
    @Allowed(Role.PIMPINAN)
    public VersionView publish(String agencyCode, int year, String reason, String author) {
        Agency agency = Agencies.byCode(em, agencyCode);
        List<ReportPublication> earlier = publications(agency, year);
        if (!earlier.isEmpty() && (reason == null || reason.isBlank())) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("reason",
                    "Versi " + (earlier.size() + 1) + " adalah koreksi: alasan koreksi wajib diisi")));
        }
        ReportModel draft = builder.build(agencyCode, year);
        ReportModel unsealed = with(draft, false, null);
        String digest = digest(unsealed);
        ReportModel sealed = with(draft, false, digest);
        ReportPublication publication = new ReportPublication(agency, year, earlier.size() + 1, digest,
                reason == null || reason.isBlank() ? null : reason.trim(), callers.author(author),
                frozen(sealed, builder.origins(agencyCode, year)), PdfReport.render(sealed), DocxReport.render(sealed));
        em.persist(publication);
        em.flush();
        LOG.info(() -> "Report " + agencyCode + " " + year + " published as version " + publication.getNumber() + ": " + digest);
        return view(publication);
    }

    public List<VersionView> versions(String agencyCode, int year) {
        return publications(Agencies.byCode(em, agencyCode), year).stream().map(ReportPublications::view).toList();
    }

    /** A published file ({@code pdf} or {@code docx}) exactly as it was published. */
    public byte[] file(String agencyCode, int year, int version, String kind) {
        ReportPublication publication = publications(Agencies.byCode(em, agencyCode), year).stream()
                .filter(p -> p.getNumber() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Laporan " + agencyCode + " " + year + " versi " + version + " belum diterbitkan"));
        return switch (kind) {
            case "pdf" -> publication.getPdf();
            case "docx" -> publication.getDocx();
            default -> throw new NotFoundException("Jenis berkas tidak dikenal: " + kind);
        };
    }

    private List<ReportPublication> publications(Agency agency, int year) {
        return em.createNamedQuery("ReportPublication.findByAgencyAndYear", ReportPublication.class)
                .setParameter("agency", agency).setParameter("year", year).getResultList();
    }

    /** SHA-256 of the canonical JSON of the content, without the digest itself and whether it is a draft. */
    static String digest(ReportModel model) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json(with(model, false, null)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Canonical JSON: properties in lexicographic order, lists in their own order. */
    static String json(Object content) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL))) {
            return jsonb.toJson(content);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the report content", e);
        }
    }

    /** What a publication keeps as its content: the report's model and where every figure came from. */
    public record Frozen(ReportModel report, List<ReportBuilder.FigureOrigin> origins) {
    }

    private static String frozen(ReportModel report, List<ReportBuilder.FigureOrigin> origins) {
        return json(new Frozen(report, origins));
    }

    private static ReportModel with(ReportModel m, boolean draft, String digest) {
        return new ReportModel(m.agencyCode(), m.agencyName(), m.region(), m.year(), m.title(), m.narratives(), m.profile(), m.indicators(),
                m.scale(), m.scaleName(), m.renstra(), m.renstraYears(), m.renstraTitle(), m.documents(), m.details(), m.budget(),
                m.budgetPagu(), m.budgetRealisation(), m.budgetAbsorption(), m.checks(), draft, digest);
    }

    private static VersionView view(ReportPublication p) {
        return new VersionView(p.getNumber(), p.getDigest(), p.getReason(), p.getAuthor(), p.getPublishedAt());
    }
}
