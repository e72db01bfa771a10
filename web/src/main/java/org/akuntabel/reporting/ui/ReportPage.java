package org.akuntabel.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.akuntabel.evaluation.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.reporting.report.BudgetEfficiency;
import org.akuntabel.reporting.report.Narratives;
import org.akuntabel.reporting.report.ReportModel;
import org.akuntabel.reporting.report.ReportPublications;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report page ("Laporan"): the chapters and each indicator's narrative parts with their editors, the draft
 * PDF and DOCX, "Terbitkan" (publish a version that never changes) and the published versions.
 */
@Named("laporan")
@ViewScoped
public class ReportPage extends AgencyYearPage {

    /** A narrative part of the report and whether it is written. */
    public record Part(String section, String title, boolean written, String author, String savedAt) implements Serializable {
    }

    @Inject
    private Narratives narratives;

    @Inject
    private ReportPublications reports;

    @Inject
    private IndicatorResults results;

    private List<Part> parts = List.of();
    private List<ReportPublications.VersionView> versions = List.of();
    private String section;
    private String markup;
    private Long version;
    private String reason;
    private String draftDigest;

    public void load() {
        Pages.load(() -> {
            defaultAgencyAndYear(results, false);
            read();
            if (section == null) {
                select(ReportModel.SECTIONS.get(0));
            }
        });
    }

    private void read() {
        Map<String, Narratives.NarrativeView> saved = narratives.list(getAgency(), getYear()).stream()
                .collect(Collectors.toMap(Narratives.NarrativeView::section, Function.identity()));
        List<Part> all = new ArrayList<>();
        List<String> chapters = List.of("Ikhtisar Eksekutif", "BAB I Pendahuluan", "BAB II Perencanaan dan Perjanjian Kinerja",
                "BAB III Akuntabilitas Kinerja", "BAB IV Penutup");
        for (int i = 0; i < ReportModel.SECTIONS.size(); i++) {
            all.add(part(ReportModel.SECTIONS.get(i), chapters.get(i), saved));
        }
        for (IndicatorResult indicator : results.indicators(getAgency(), getYear())) {
            for (String kind : Narratives.INDICATOR_PARTS) {
                all.add(part(indicator.code() + "." + kind, indicator.code() + " — " + kind, saved));
            }
        }
        parts = all;
        versions = reports.versions(getAgency(), getYear());
    }

    private static Part part(String key, String title, Map<String, Narratives.NarrativeView> saved) {
        Narratives.NarrativeView n = saved.get(key);
        boolean written = n != null && !n.markup().isBlank();
        return new Part(key, title, written, n == null ? null : n.author(), n == null || n.savedAt() == null ? null
                : n.savedAt().toLocalDate().toString());
    }

    /** Opens a part in the editor. */
    public void select(String key) {
        section = key;
        Narratives.NarrativeView saved = narratives.list(getAgency(), getYear()).stream().filter(n -> n.section().equals(key))
                .findFirst().orElse(null);
        markup = saved == null ? "" : saved.markup();
        version = saved == null ? null : saved.version();
    }

    public void save() {
        if (Pages.attempt(() -> {
            Narratives.NarrativeView saved = narratives.save(getAgency(), getYear(), section, markup, null, version);
            version = saved.version();
            markup = saved.markup();
        }, "edit.saved.plain")) {
            read();
        }
    }

    public void publish() {
        if (Pages.attempt(() -> reports.publish(getAgency(), getYear(), reason, null), "report.published")) {
            reason = null;
            read();
        }
    }

    /** The digest the report would have if published now (computing it builds the whole report). */
    public void computeDigest() {
        draftDigest = reports.draftDigest(getAgency(), getYear());
    }

    @Inject
    private org.akuntabel.planning.budget.BudgetService budgets;

    /** Achievement per indicator, each bar in its band's colour (Chart.js configuration for {@code p:chart}). */
    public String getAchievementChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (IndicatorResult r : results.indicators(getAgency(), getYear())) {
            labels.add(r.code());
            if (r.achievement() == null) {
                values.addNull();
            } else {
                values.add(r.achievement());
            }
            colours.add(r.band() == null ? "#9AA5B1" : r.band().colour());
        }
        return bar(labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Capaian (%)").add("data", values)
                .add("backgroundColor", colours)), false);
    }

    /** Budget absorption per sasaran (%) beside the sasaran's capaian kinerja (mean achievement of its indicators). */
    public String getBudgetChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder performance = Json.createArrayBuilder();
        try {
            List<IndicatorResult> indicators = results.indicators(getAgency(), getYear());
            for (org.akuntabel.planning.budget.BudgetView.SasaranBudget s : budgets.budget(getAgency(), getYear()).sasaran()) {
                labels.add("Sasaran " + s.number());
                if (s.absorption() == null) {
                    values.addNull();
                } else {
                    values.add(s.absorption());
                }
                java.math.BigDecimal mean = BudgetEfficiency.performance(indicators.stream()
                        .filter(r -> r.sasaranNumber() != null && r.sasaranNumber() == s.number())
                        .map(IndicatorResult::achievement).toList());
                if (mean == null) {
                    performance.addNull();
                } else {
                    performance.add(mean);
                }
            }
        } catch (NotFoundException noBudget) {
            // no budget for the year: an empty chart
        }
        return bar(labels, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", "Penyerapan anggaran (%)").add("data", values).add("backgroundColor", "#0B3D63"))
                .add(Json.createObjectBuilder().add("label", "Capaian kinerja (%)").add("data", performance).add("backgroundColor", "#F9A825")), true);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend))))
                .build().toString();
    }

    public List<Part> getParts() { return parts; }
    public List<ReportPublications.VersionView> getVersions() { return versions; }
    public String getSection() { return section; }
    public String getMarkup() { return markup; }
    public void setMarkup(String markup) { this.markup = markup; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDraftDigest() { return draftDigest; }
}
