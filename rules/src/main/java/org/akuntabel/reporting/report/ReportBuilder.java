package org.akuntabel.reporting.report;

import org.akuntabel.access.Guarded;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.akuntabel.agency.Agency;
import org.akuntabel.agency.profile.AgencyProfiles;
import org.akuntabel.agency.profile.ProfileKind;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.RuleSetCatalog;
import org.akuntabel.evaluation.scale.ScaleDescription;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;
import org.akuntabel.planning.budget.BudgetService;
import org.akuntabel.planning.budget.BudgetView;
import org.akuntabel.reporting.ConsistencyChecks;
import org.akuntabel.reporting.EntityListing;
import org.akuntabel.reporting.EntityResult;
import org.akuntabel.reporting.FindingView;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the annual report's content for an agency and year from what the product computes and stores: the
 * indicator results (with their stored runs), the Renstra and planning documents, the budget summed from its
 * lines, the scale read from the scale rule set in force, the consistency checks and staff's narratives.
 */
@Stateless
@Guarded
public class ReportBuilder {

    @Inject
    private IndicatorResults results;

    @Inject
    private PlanningService planning;

    @Inject
    private BudgetService budgets;

    @Inject
    private ConsistencyChecks consistency;

    @Inject
    private Narratives narratives;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private AgencyProfiles profiles;

    /** Where an indicator's figure in the report comes from: the stored run, its rule-set versions and data digest. */
    public record FigureOrigin(String indicator, String source, Long runId, String ruleSet, String ruleSetVersion, String scaleRuleSet,
                               String scaleVersion, String dataDigest) {
    }

    /** The origin of every indicator figure of the year, for freezing with a published version. */
    public List<FigureOrigin> origins(String agencyCode, int year) {
        return results.indicators(agencyCode, year).stream().map(r -> new FigureOrigin(r.code(), r.source(), r.runId(), r.ruleSet(),
                r.ruleSetVersion(), r.scaleRuleSet(), r.scaleVersion(), r.dataDigest())).toList();
    }

    /** The report's content as a draft (no digest). */
    public ReportModel build(String agencyCode, int year) {
        Agency agency = results.agency(agencyCode);
        List<IndicatorResult> indicators = results.indicators(agencyCode, year);

        List<ReportModel.Narrative> texts = narratives.list(agencyCode, year).stream()
                .map(n -> new ReportModel.Narrative(n.section(), n.markup(), n.author(),
                        n.savedAt() == null ? null : IndonesianFormat.date(n.savedAt().toLocalDate())))
                .toList();

        List<ReportModel.IndicatorRow> rows = indicators.stream().map(r -> new ReportModel.IndicatorRow(r.code(), r.name(), r.unit(),
                r.sasaranNumber() == null ? 0 : r.sasaranNumber(), r.sasaran(), r.target(), r.realisation(), r.achievement(),
                r.band() == null ? null : r.band().code(), r.band() == null ? null : r.band().label(),
                r.band() == null ? null : r.band().colour(), r.source(), r.provisional())).toList();

        List<ReportModel.ScaleBand> scale = ScaleDescription.describe(catalog.inForce(agency.getScaleRuleSet(), agency, year)).stream()
                .map(b -> new ReportModel.ScaleBand(b.code(), b.label(), b.colour(), b.range())).toList();

        Optional<PlanningViews.RenstraView> renstra = planning.renstra(agencyCode).stream()
                .filter(r -> r.startYear() <= year && year <= r.endYear()).findFirst();
        List<Integer> renstraYears = new ArrayList<>();
        List<ReportModel.RenstraIndicator> renstraRows = new ArrayList<>();
        renstra.ifPresent(r -> {
            for (int y = r.startYear(); y <= r.endYear(); y++) {
                renstraYears.add(y);
            }
            r.tujuan().stream().flatMap(t -> t.sasaran().stream()).forEach(s -> s.indicators().forEach(i -> {
                Map<Integer, BigDecimal> byYear = i.targets().stream()
                        .collect(Collectors.toMap(PlanningViews.YearTarget::year, PlanningViews.YearTarget::value, (a, b) -> a));
                renstraRows.add(new ReportModel.RenstraIndicator(i.code(), i.name(), i.unit(), "Sasaran " + s.number() + ": " + s.name(),
                        renstraYears.stream().map(byYear::get).toList()));
            }));
        });

        List<ReportModel.PlanningDocument> documents = documents(agencyCode, year);
        List<ReportModel.IndicatorDetail> details = indicators.stream().map(r -> detail(agencyCode, year, r)).toList();

        List<ReportModel.BudgetRow> budget = new ArrayList<>();
        BigDecimal pagu = null;
        BigDecimal realisation = null;
        BigDecimal absorption = null;
        try {
            BudgetView view = budgets.budget(agencyCode, year);
            pagu = view.pagu();
            realisation = view.realisation();
            absorption = view.absorption();
            for (BudgetView.SasaranBudget s : view.sasaran()) {
                BigDecimal performance = BudgetEfficiency.performance(indicators.stream()
                        .filter(r -> r.sasaranNumber() != null && r.sasaranNumber() == s.number())
                        .map(IndicatorResult::achievement).toList());
                budget.add(new ReportModel.BudgetRow(0, "Sasaran " + s.number() + ": " + s.name(), s.pagu(), s.realisation(),
                        s.absorption(), performance, BudgetEfficiency.efficiency(performance, s.absorption())));
                for (BudgetView.ProgrammeBudget p : s.programmes()) {
                    budget.add(new ReportModel.BudgetRow(1, p.name(), p.pagu(), p.realisation(), p.absorption()));
                    for (BudgetView.ActivityBudget a : p.activities()) {
                        budget.add(new ReportModel.BudgetRow(2, a.name(), a.pagu(), a.realisation(), a.absorption()));
                        a.subActivities().forEach(sub -> budget.add(new ReportModel.BudgetRow(3, sub.name(), sub.pagu(),
                                sub.realisation(), sub.absorption())));
                    }
                }
            }
        } catch (NotFoundException noBudget) {
            // no budget recorded for the year: the chapter says so
        }

        List<ReportModel.Check> checks = consistency.checks(agencyCode, year).stream()
                .map(c -> new ReportModel.Check(c.code(), c.severity(), c.message(), c.location())).toList();

        return new ReportModel(agency.getCode(), agency.getName(), agency.getRegion(), year,
                "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun " + year, texts, profile(agencyCode, year), rows, scale, agency.getScaleRuleSet(),
                renstraRows, renstraYears, renstra.map(PlanningViews.RenstraView::title).orElse(null), documents, details, budget,
                pagu, realisation, absorption, checks, true, null);
    }

    /** BAB I from data: the organisation as stored now, and the staff and facilities tables of the year and the one before. */
    private ReportModel.Profile profile(String agencyCode, int year) {
        AgencyProfiles.OrganisationView organisation = profiles.organisation(agencyCode);
        Map<String, Integer> depth = new java.util.HashMap<>();
        List<ReportModel.Unit> units = new ArrayList<>();
        for (AgencyProfiles.UnitView unit : organisation.units()) {
            int d = unit.parent() == null ? 0 : depth.getOrDefault(unit.parent(), -1) + 1;
            depth.put(unit.name(), d);
            units.add(new ReportModel.Unit(unit.name(), d));
        }
        List<AgencyProfiles.TableView> previous = profiles.tables(agencyCode, year - 1, java.util.EnumSet.allOf(ProfileKind.class));
        List<AgencyProfiles.TableView> current = profiles.tables(agencyCode, year, java.util.EnumSet.allOf(ProfileKind.class));
        List<ReportModel.ProfileTable> staff = new ArrayList<>();
        ReportModel.ProfileTable facilities = null;
        for (ProfileKind kind : ProfileKind.values()) {
            Optional<AgencyProfiles.TableView> before = previous.stream().filter(t -> t.kind() == kind).findFirst();
            Optional<AgencyProfiles.TableView> now = current.stream().filter(t -> t.kind() == kind).findFirst();
            if (before.isEmpty() && now.isEmpty()) {
                continue;
            }
            ReportModel.ProfileTable table = new ReportModel.ProfileTable(kind.name(), kind.title(), kind.header(),
                    lines(before.map(AgencyProfiles.TableView::lines).orElse(List.of()),
                            now.map(AgencyProfiles.TableView::lines).orElse(List.of())),
                    now.or(() -> before).map(AgencyProfiles.TableView::source).orElse(null));
            if (kind.isStaff()) {
                staff.add(table);
            } else {
                facilities = table;
            }
        }
        return new ReportModel.Profile(organisation.duties(), organisation.functions(), units, year - 1, staff, facilities);
    }

    /** The lines of the year in their order, then those only the previous year has; matched by category. */
    static List<ReportModel.ProfileLine> lines(List<AgencyProfiles.LineView> previous, List<AgencyProfiles.LineView> current) {
        Map<String, ReportModel.ProfileLine> lines = new java.util.LinkedHashMap<>();
        current.forEach(l -> lines.put(key(l.category()), new ReportModel.ProfileLine(l.category(), null, l.count())));
        previous.forEach(l -> lines.merge(key(l.category()), new ReportModel.ProfileLine(l.category(), l.count(), null),
                (now, before) -> new ReportModel.ProfileLine(now.category(), before.previous(), now.current())));
        return List.copyOf(lines.values());
    }

    private static String key(String category) {
        return category.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The IKU, the RKT and the latest revision of the Perjanjian Kinerja of the year. */
    private List<ReportModel.PlanningDocument> documents(String agencyCode, int year) {
        if (!planning.documentYears(agencyCode).contains(year)) {
            return List.of();
        }
        List<PlanningViews.DocumentView> all = planning.documents(agencyCode, year);
        List<PlanningViews.DocumentView> latest = new ArrayList<>();
        for (String kind : List.of("IKU", "RKT", "PK")) {
            all.stream().filter(d -> d.kind().equals(kind)).max(Comparator.comparingInt(PlanningViews.DocumentView::revision))
                    .ifPresent(latest::add);
        }
        return latest.stream().map(d -> new ReportModel.PlanningDocument(d.label(), d.number(),
                d.date() == null ? null : IndonesianFormat.date(d.date()),
                d.targets().stream().map(l -> new ReportModel.DocumentLine(l.name(), l.unit(), l.annual(), l.q1(), l.q2(), l.q3(), l.q4()))
                        .toList(),
                d.budgets().stream().map(b -> new ReportModel.ProgrammeBudget(b.programme(), b.amount())).toList())).toList();
    }

    private ReportModel.IndicatorDetail detail(String agencyCode, int year, IndicatorResult r) {
        List<ReportModel.Entity> entities = List.of();
        List<String> criteria = List.of();
        if ("COMPUTED".equals(r.source())) {
            EntityListing listing = results.entities(agencyCode, year, r.code());
            TreeSet<String> names = new TreeSet<>();
            listing.entities().forEach(e -> e.findings().forEach(f -> names.add(f.criterion())));
            criteria = List.copyOf(names);
            List<String> order = criteria;
            entities = listing.entities().stream().map(e -> new ReportModel.Entity(e.name(), e.counted(),
                    order.stream().map(c -> outcome(e, c)).toList())).toList();
        }
        List<ReportModel.SeriesPoint> series = results.series(agencyCode, r.code()).stream()
                .map(p -> new ReportModel.SeriesPoint(p.year(), p.target(), p.realisation())).toList();
        return new ReportModel.IndicatorDetail(r.code(), r.name(), r.unit(), r.sasaran(), r.formula(), r.arithmetic(),
                r.achievementArithmetic(), r.provenance(), r.target(), r.realisation(), r.achievement(),
                r.band() == null ? null : r.band().label(),
                r.previousYear() == null ? null : r.previousYear().year(),
                r.previousYear() == null ? null : r.previousYear().realisation(),
                r.previousYear() == null ? null : r.previousYear().achievement(),
                r.renstraEndTarget() == null ? null : r.renstraEndTarget().year(),
                r.renstraEndTarget() == null ? null : r.renstraEndTarget().value(),
                r.renstraEndTarget() == null ? null : r.renstraEndTarget().progress(),
                entities, criteria, series,
                r.published() == null ? null : r.published().realisation(),
                r.published() == null ? null : r.published().achievement(),
                r.published() == null ? null : r.published().label(), r.differences());
    }

    private static String outcome(EntityResult entity, String criterion) {
        return entity.findings().stream().filter(f -> f.criterion().equals(criterion)).map(FindingView::outcome).findFirst().orElse(null);
    }
}
