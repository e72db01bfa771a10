package org.akuntabel.reporting.report;

import jakarta.inject.Inject;
import org.akuntabel.access.Allowed;
import org.akuntabel.access.Callers;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.reporting.ReportNarrative;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff's narrative parts of the annual report, per agency, year and section: the chapters ({@code ikhtisar},
 * {@code pendahuluan}, {@code perencanaan}, {@code akuntabilitas}, {@code penutup}) and, per indicator, its
 * {@code KODE.penjelasan}, {@code KODE.analisis} and {@code KODE.solusi}. Kept as safe markup only (paragraphs,
 * bold, italic, lists, line breaks): anything else submitted is reduced to its text by an HTML parser, never by
 * pattern matching. None is required for generating the report.
 */
@Stateless
@Guarded
public class Narratives {

    /** What an editor may keep. */
    static final Safelist SAFE = new Safelist().addTags("p", "strong", "b", "em", "i", "ul", "ol", "li", "br");

    /** The parts an indicator's narrative has in BAB III. */
    public static final List<String> INDICATOR_PARTS = List.of("penjelasan", "analisis", "solusi");

    /** A saved narrative. */
    @JsonbPropertyOrder({"section", "markup", "author", "savedAt", "version"})
    public record NarrativeView(String section, String markup, String author, LocalDateTime savedAt, long version) {
    }

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    public List<NarrativeView> list(String agencyCode, int year) {
        return em.createNamedQuery("ReportNarrative.findByAgencyAndYear", ReportNarrative.class)
                .setParameter("agency", agency(agencyCode)).setParameter("year", year).getResultStream()
                .map(n -> new NarrativeView(n.getSection(), n.getMarkup(), n.getAuthor(), n.getSavedAt(), n.getVersion())).toList();
    }

    /**
     * Saves a section's text (a new one without {@code version}, else a change from the version read); the markup
     * is cleaned to the safe subset first. Refused when someone saved the section since.
     */
    @Allowed(Role.OPERATOR)
    public NarrativeView save(String agencyCode, int year, String section, String markup, String author, Long version) {
        Agency agency = agency(agencyCode);
        if (section == null || !(ReportModel.SECTIONS.contains(section) || section.matches("[A-Z][A-Z0-9_]{1,59}\\.(penjelasan|analisis|solusi)"))) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("section",
                    "Bagian laporan tidak dikenal: " + section + " (bab: " + ReportModel.SECTIONS
                            + ", atau KODE_INDIKATOR.penjelasan|analisis|solusi)")));
        }
        String clean = clean(markup);
        String writer = callers.author(author);
        ReportNarrative narrative = em.createQuery("SELECT n FROM ReportNarrative n WHERE n.agency = :agency AND n.year = :year"
                        + " AND n.section = :section", ReportNarrative.class).setParameter("agency", agency).setParameter("year", year)
                .setParameter("section", section).getResultStream().findFirst().orElse(null);
        if (narrative == null) {
            narrative = new ReportNarrative(agency, year, section, clean, writer);
            em.persist(narrative);
        } else {
            if (version == null || version != narrative.getVersion()) {
                throw new ConcurrentEditException("Teks laporan bagian " + section);
            }
            narrative.write(clean, writer);
        }
        em.flush();
        return new NarrativeView(section, narrative.getMarkup(), narrative.getAuthor(), narrative.getSavedAt(), narrative.getVersion());
    }

    /** The markup reduced to the safe subset, pretty-printing off so the text stays as written. */
    public static String clean(String markup) {
        if (markup == null || markup.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(markup, "", SAFE, output).strip();
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
