package org.akuntabel.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.akuntabel.access.Accounts;
import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.agency.profile.Organisation;
import org.akuntabel.agency.profile.OrganisationUnit;
import org.akuntabel.agency.profile.ProfileKind;
import org.akuntabel.agency.profile.ProfileTable;
import org.akuntabel.planning.Indicator;
import org.akuntabel.planning.IndicatorTarget;
import org.akuntabel.planning.DocumentKind;
import org.akuntabel.planning.PlanningDocument;
import org.akuntabel.planning.Polarity;
import org.akuntabel.planning.RenstraPeriod;
import org.akuntabel.planning.Sasaran;
import org.akuntabel.planning.Tujuan;
import org.akuntabel.planning.budget.Programme;
import org.akuntabel.registers.company.Company;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.registers.cooperative.Cooperative;
import org.akuntabel.registers.cooperative.CooperativeStatus;
import org.akuntabel.registers.cooperative.CooperativeYear;
import org.akuntabel.reporting.PublishedFigure;
import org.akuntabel.reporting.PublishedPrinting;
import org.akuntabel.shared.Provenance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Adds the missing rows of the Belitung Timur demo data in one transaction: agency, statistic figures,
 * indicators with targets and published figures, the company register (Tabel 3.10) and the cooperative
 * register (Tabel 3.13). Rows are matched by natural key (agency code; agency + year + figure code + part;
 * agency + indicator code; indicator + year; agency + company name; agency + cooperative name;
 * cooperative + year); existing rows are left as they are.
 * <p>
 * Safe when several instances share one database and start at once (README, "Deployment on more than one machine"):
 * the transaction first takes an exclusive lock on the {@code agency} table ({@code LOCK TABLE}, the same statement on
 * PostgreSQL and Derby), so a second instance waits until the first has committed, then finds every row and adds none.
 * Plain reads are not blocked by it.
 */
@Stateless
public class DemoDataLoader {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @EJB
    private Accounts accounts;

    /** What one start-up added: demo rows and demo users. */
    public record Loaded(int rows, int users) {
    }

    /** Adds the missing demo rows and demo users in one transaction, under the lock. */
    public Loaded load(List<Accounts.DemoUser> users) {
        int rows = load();
        return new Loaded(rows, accounts.ensureDemoUsers(users));
    }

    /** Adds whatever demo rows are missing; returns how many were added. */
    public int load() {
        // held until this transaction ends: instances starting together load one after the other
        em.createNativeQuery("LOCK TABLE agency IN EXCLUSIVE MODE").executeUpdate();
        JsonObject demo = DemoData.readJson(DemoData.ROOT + "instansi.json");
        JsonObject documents = demo.getJsonObject("documents");
        Counter added = new Counter();

        JsonObject a = demo.getJsonObject("agency");
        Agency agency = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", a.getString("code"))
                .getResultStream().findFirst().orElseGet(() -> added.persist(em, new Agency(a.getString("code"),
                        a.getString("name"), GovernmentLevel.valueOf(a.getString("level")), a.getString("region"),
                        a.getString("scaleRuleSet"))));

        for (JsonObject figure : demo.getJsonArray("figures").getValuesAs(JsonObject.class)) {
            Provenance source = provenance(documents, figure.getJsonObject("source"));
            String code = figure.getString("code");
            for (JsonObject value : figure.getJsonArray("values").getValuesAs(JsonObject.class)) {
                int year = value.getInt("year");
                String part = value.getString("part", StatisticFigure.WHOLE);
                boolean exists = !em.createNamedQuery("StatisticFigure.findPart", StatisticFigure.class)
                        .setParameter("agency", agency).setParameter("year", year).setParameter("code", code)
                        .setParameter("part", part).getResultList().isEmpty();
                if (!exists) {
                    added.persist(em, new StatisticFigure(agency, year, code, part, value.getJsonNumber("value").bigDecimalValue(),
                            figure.getString("unit", null), value.getBoolean("provisional", false), source));
                }
            }
        }

        for (JsonObject i : demo.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            Indicator indicator = em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                    .setParameter("agency", agency).setParameter("code", i.getString("code"))
                    .getResultStream().findFirst().orElseGet(() -> added.persist(em, newIndicator(agency, i)));
            for (JsonObject t : i.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                if (em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class).setParameter("indicator", indicator)
                        .setParameter("year", t.getInt("year")).getResultList().isEmpty()) {
                    added.persist(em, new IndicatorTarget(indicator, t.getInt("year"),
                            t.getJsonNumber("value").bigDecimalValue(), provenance(documents, t.getJsonObject("source"))));
                }
            }
            for (JsonObject p : i.containsKey("printedElsewhere") ? i.getJsonArray("printedElsewhere").getValuesAs(JsonObject.class)
                    : List.<JsonObject>of()) {
                Provenance where = provenance(documents, p.getJsonObject("source"));
                boolean known = em.createNamedQuery("PublishedPrinting.find", PublishedPrinting.class).setParameter("indicator", indicator)
                        .setParameter("year", p.getInt("year")).getResultStream()
                        .anyMatch(x -> x.getProvenance() != null && where.getLocation().equals(x.getProvenance().getLocation()));
                if (!known) {
                    added.persist(em, new PublishedPrinting(indicator, p.getInt("year"), decimal(p, "realisation"),
                            decimal(p, "achievement"), p.getString("label", null), where));
                }
            }
            for (JsonObject p : i.getJsonArray("published").getValuesAs(JsonObject.class)) {
                if (em.createNamedQuery("PublishedFigure.find", PublishedFigure.class).setParameter("indicator", indicator)
                        .setParameter("year", p.getInt("year")).getResultList().isEmpty()) {
                    added.persist(em, new PublishedFigure(indicator, p.getInt("year"), decimal(p, "realisation"),
                            decimal(p, "achievement"), p.getString("label", null), provenance(documents, p.getJsonObject("source"))));
                }
            }
        }

        loadRenstra(agency, documents, demo.getJsonObject("renstra"), added);
        JsonObject earlier = demo.getJsonObject("earlierRenstra");
        JsonObject earlierFile = DemoData.readJson(DemoData.ROOT + earlier.getString("file"));
        JsonObject earlierRenstra = earlierFile.getJsonObject("renstra");
        loadRenstra(agency, documents, withDocument(earlierRenstra, earlier.getString("document")), added);
        loadEarlierIndicators(agency, documents, earlier.getString("document"), earlierRenstra.getInt("startYear"), earlierFile, added);
        loadPlanningDocuments(agency, documents, demo.getJsonArray("planningDocuments").getValuesAs(JsonObject.class), added);
        loadCompanies(agency, documents, demo.getJsonObject("companies"), added);
        loadBudget(agency, documents, demo.getJsonObject("budget"), added);
        loadCooperatives(agency, documents, demo.getJsonObject("cooperatives"), added);
        loadProfile(agency, DemoData.readJson(DemoData.ROOT + "profil-instansi.json"), added);
        return added.count;
    }

    /**
     * BAB I as data ({@code profil-instansi.json}): the organisation when the agency has none, and each year's staff and
     * facilities tables that are missing. A null count is a cell printed "-"; printed totals are kept as printed.
     */
    private void loadProfile(Agency agency, JsonObject spec, Counter added) {
        JsonObject o = spec.getJsonObject("organisation");
        if (em.createNamedQuery("Organisation.findByAgency", Organisation.class).setParameter("agency", agency).getResultList().isEmpty()) {
            Organisation organisation = added.persist(em, new Organisation(agency));
            organisation.describe(o.getString("duties"), o.getJsonArray("functions").getValuesAs(JsonString::getString),
                    o.getString("source", null));
            Map<String, OrganisationUnit> units = new HashMap<>();
            int order = 0;
            for (JsonObject u : o.getJsonArray("units").getValuesAs(JsonObject.class)) {
                String parent = u.isNull("parent") ? null : u.getString("parent");
                OrganisationUnit unit = added.persist(em, new OrganisationUnit(organisation, ++order, u.getString("name"),
                        parent == null ? null : units.get(parent)));
                units.put(unit.getName(), unit);
            }
        }
        for (JsonObject y : spec.getJsonArray("years").getValuesAs(JsonObject.class)) {
            int year = y.getInt("year");
            List<ProfileKind> stored = em.createNamedQuery("ProfileTable.findByAgencyAndYears", ProfileTable.class)
                    .setParameter("agency", agency).setParameter("years", List.of(year)).getResultStream()
                    .map(ProfileTable::getKind).toList();
            for (JsonObject t : y.getJsonArray("tables").getValuesAs(JsonObject.class)) {
                ProfileKind kind = ProfileKind.valueOf(t.getString("kind"));
                if (stored.contains(kind)) {
                    continue;
                }
                ProfileTable table = new ProfileTable(agency, year, kind,
                        t.isNull("printedTotal") ? null : t.getInt("printedTotal"), t.getString("source", null));
                for (JsonObject line : t.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                    table.addLine(line.getString("category"), line.isNull("count") ? null : line.getInt("count"));
                }
                added.persist(em, table);
            }
        }
    }

    /** The Renstra with its tujuan and sasaran; indicators not yet placed under a sasaran are placed. */
    private void loadRenstra(Agency agency, JsonObject documents, JsonObject spec, Counter added) {
        int start = spec.getInt("startYear");
        RenstraPeriod renstra = em.createNamedQuery("RenstraPeriod.find", RenstraPeriod.class).setParameter("agency", agency)
                .setParameter("startYear", start).getResultStream().findFirst().orElseGet(() -> {
                    RenstraPeriod created = new RenstraPeriod(agency, start, spec.getInt("endYear"), spec.getString("title"),
                            spec.getString("vision"), String.join("\n", spec.getJsonArray("missions").getValuesAs(JsonString::getString)),
                            provenance(documents, spec.getJsonObject("source")));
                    for (JsonObject t : spec.getJsonArray("tujuan").getValuesAs(JsonObject.class)) {
                        Tujuan tujuan = created.addTujuan(t.getInt("number"), t.getString("name"));
                        for (JsonObject sa : t.getJsonArray("sasaran").getValuesAs(JsonObject.class)) {
                            tujuan.addSasaran(sa.getInt("number"), sa.getString("name"), sa.getString("strategy", null),
                                    sa.getString("policy", null));
                        }
                    }
                    return added.persist(em, created);
                });
        for (JsonObject t : spec.getJsonArray("tujuan").getValuesAs(JsonObject.class)) {
            for (JsonObject sa : t.getJsonArray("sasaran").getValuesAs(JsonObject.class)) {
                Sasaran sasaran = renstra.getTujuan().stream().filter(x -> x.getNumber() == t.getInt("number"))
                        .flatMap(x -> x.getSasaran().stream()).filter(x -> x.getNumber() == sa.getInt("number"))
                        .findFirst().orElseThrow();
                if (!sa.containsKey("indicators")) {
                    continue;
                }
                for (String code : sa.getJsonArray("indicators").getValuesAs(JsonString::getString)) {
                    Indicator indicator = indicator(agency, code);
                    if (indicator.getSasaranRef() == null) {
                        indicator.measure(sasaran);
                        added.count++;
                    }
                }
            }
        }
    }

    /**
     * The indicators of an earlier Renstra (seed 001: definitions Tabel 7.2, targets Tabel 7.1/4.2) under their
     * sasaran, with baseline and yearly targets, and its 2016–2020 performance table as published figures (and the
     * targets printed there) of the indicator with the same name. A performance row without such an indicator is
     * not loaded: no indicator is invented for it.
     */
    private void loadEarlierIndicators(Agency agency, JsonObject documents, String document, int startYear, JsonObject file,
                                       Counter added) {
        RenstraPeriod renstra = em.createNamedQuery("RenstraPeriod.find", RenstraPeriod.class).setParameter("agency", agency)
                .setParameter("startYear", startYear).getSingleResult();
        String documentName = documents.getString(document);
        Map<String, Indicator> byName = new HashMap<>();
        int order = 100;
        for (JsonObject i : file.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            order++;
            String code = i.getString("key");
            int sortOrder = order;
            Indicator indicator = em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                    .setParameter("agency", agency).setParameter("code", code).getResultStream().findFirst().orElseGet(() -> {
                        Indicator created = new Indicator(agency, code, i.getString("name"), i.getString("unit"),
                                Polarity.valueOf(i.getString("polarity")), levelLabel(i), i.getString("formula", null),
                                null, null, null, sortOrder);
                        JsonObject baseline = i.isNull("baseline") || !numeric(i.getJsonObject("baseline"), "value") ? null
                                : i.getJsonObject("baseline");
                        created.describe(i.getString("dataSource", null), i.getString("responsibleUnit", null),
                                baseline == null ? null : baseline.getInt("year"), baseline == null ? null : decimal(baseline, "value"));
                        created.belongTo(renstra);
                        if (!i.isNull("tujuan") && !i.isNull("sasaran")) {
                            renstra.getTujuan().stream().filter(t -> t.getNumber() == i.getInt("tujuan"))
                                    .flatMap(t -> t.getSasaran().stream()).filter(x -> x.getNumber() == i.getInt("sasaran"))
                                    .findFirst().ifPresent(created::measure);
                        }
                        return added.persist(em, created);
                    });
            byName.put(i.getString("name").toLowerCase(Locale.ROOT), indicator);
            Provenance source = new Provenance(documentName, i.getJsonObject("source").getString("location"), i.getString("notes", null));
            for (JsonObject t : i.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                if (numeric(t, "value")) {     // Nilai AKIP targets are predicates (B, BB), not numbers: not a numeric target
                    targetIfMissing(indicator, t.getInt("year"), decimal(t, "value"), source, added);
                }
            }
        }
        for (JsonObject row : file.getJsonArray("performance2016to2020").getValuesAs(JsonObject.class)) {
            Indicator indicator = byName.get(row.getString("name").toLowerCase(Locale.ROOT));
            if (indicator == null) {
                continue;
            }
            Provenance source = new Provenance(documentName, row.getJsonObject("source").getString("location"),
                    "Capaian kinerja periode Renstra sebelumnya, sebagaimana tercetak");
            for (JsonObject v : row.getJsonArray("values").getValuesAs(JsonObject.class)) {
                int year = v.getInt("year");
                if (!v.isNull("target")) {
                    targetIfMissing(indicator, year, decimal(v, "target"), source, added);
                }
                if (!v.isNull("realisation") && em.createNamedQuery("PublishedFigure.find", PublishedFigure.class)
                        .setParameter("indicator", indicator).setParameter("year", year).getResultList().isEmpty()) {
                    added.persist(em, new PublishedFigure(indicator, year, decimal(v, "realisation"),
                            v.isNull("achievement") ? null : decimal(v, "achievement"), null, source));
                }
            }
        }
    }

    private void targetIfMissing(Indicator indicator, int year, BigDecimal value, Provenance source, Counter added) {
        if (em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class).setParameter("indicator", indicator)
                .setParameter("year", year).getResultList().isEmpty()) {
            added.persist(em, new IndicatorTarget(indicator, year, value, source));
        }
    }

    private static boolean numeric(JsonObject object, String field) {
        return object.containsKey(field) && object.get(field).getValueType() == jakarta.json.JsonValue.ValueType.NUMBER;
    }

    private static String levelLabel(JsonObject i) {
        return switch (i.getString("level")) {
            case "TUJUAN" -> "Indikator tujuan" + (i.isNull("tujuan") ? "" : " " + i.getInt("tujuan"));
            case "SASARAN" -> "Sasaran " + i.getInt("sasaran");
            default -> "Indikator program (sasaran " + i.getInt("sasaran") + ")";
        };
    }

    /** The Renstra object with its source attributed to {@code document} (a key of the demo's document list). */
    private static JsonObject withDocument(JsonObject renstra, String document) {
        JsonObject source = renstra.getJsonObject("source");
        return Json.createObjectBuilder(renstra)
                .add("source", Json.createObjectBuilder(source).add("document", document))
                .build();
    }

    /** IKU, RKT and PK documents with their indicator lines (linked where they name an indicator code) and budgets. */
    private void loadPlanningDocuments(Agency agency, JsonObject documents, List<JsonObject> specs, Counter added) {
        for (JsonObject spec : specs) {
            DocumentKind kind = DocumentKind.valueOf(spec.getString("kind"));
            boolean exists = !em.createNamedQuery("PlanningDocument.find", PlanningDocument.class).setParameter("agency", agency)
                    .setParameter("year", spec.getInt("year")).setParameter("kind", kind)
                    .setParameter("revision", spec.getInt("revision")).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            PlanningDocument document = new PlanningDocument(agency, spec.getInt("year"), kind, spec.getInt("revision"),
                    spec.getString("title"), spec.getString("number", null),
                    spec.containsKey("date") ? LocalDate.parse(spec.getString("date")) : null,
                    provenance(documents, spec.getJsonObject("source")));
            for (JsonObject t : spec.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                Indicator indicator = t.containsKey("indicator") ? indicator(agency, t.getString("indicator")) : null;
                document.addTarget(indicator, t.getString("name"), t.getString("sasaran", null), t.getString("unit", null),
                        decimal(t, "annual"), null, t.getString("note", null));
            }
            if (spec.containsKey("budgets")) {
                for (JsonObject b : spec.getJsonArray("budgets").getValuesAs(JsonObject.class)) {
                    document.addBudget(b.getString("programme"), decimal(b, "amount"), b.getString("note", null));
                }
            }
            added.persist(em, document);
        }
    }

    private Indicator indicator(Agency agency, String code) {
        return em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class).setParameter("agency", agency)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo data names an unknown indicator " + code));
    }

    private static Indicator newIndicator(Agency agency, JsonObject i) {
        Indicator indicator = new Indicator(agency, i.getString("code"), i.getString("name"), i.getString("unit"),
                Polarity.valueOf(i.getString("polarity")), i.getString("sasaran"), i.getString("formula"),
                i.getString("subjectRegister", null), i.getString("criteriaRuleSet", null),
                i.getString("denominatorCount", null), i.getInt("sortOrder"));
        if (i.containsKey("numeratorFigure")) {
            indicator.deriveFrom(i.getString("numeratorFigure"), i.getString("denominatorCount", null),
                    decimal(i, "multiplier"), i.containsKey("expectedParts") ? i.getInt("expectedParts") : null);
        }
        if (i.containsKey("sasaranNumber")) {
            indicator.serveSasaran(i.getInt("sasaranNumber"));
        }
        if (i.containsKey("valueScaleRuleSet")) {
            indicator.bandValueWith(i.getString("valueScaleRuleSet"));
        }
        indicator.describe(i.getString("dataSource", null), i.getString("responsibleUnit", null), null, null);
        return indicator;
    }

    private void loadCompanies(Agency agency, JsonObject documents, JsonObject spec, Counter added) {
        Provenance table = provenance(documents, spec.getJsonObject("source"));
        try (Reader reader = new InputStreamReader(DemoData.resource(DemoData.ROOT + spec.getString("file")), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                     .get().parse(reader)) {
            for (CSVRecord row : csv) {
                String name = row.get("nama").trim();
                if (em.createNamedQuery("Company.findByAgencyAndName", Company.class).setParameter("agency", agency)
                        .setParameter("name", name).getResultList().isEmpty()) {
                    added.persist(em, new Company(agency, name, text(row.get("sektor")), integer(row.get("jumlah_tenaga_kerja")),
                            yesNo(row.get("pp_pkb")), text(row.get("no_pp_pkb")), yesNo(row.get("lks_bipartit")),
                            text(row.get("sk_lks_bipartit")), yesNo(row.get("struktur_skala_upah")),
                            integer(row.get("peserta_bpjs_ketenagakerjaan")),
                            new Provenance(table.getDocument(), table.getLocation() + ", no. " + row.get("no"), row.get("catatan"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo companies " + spec.getString("file"), e);
        }
    }

    private void loadBudget(Agency agency, JsonObject documents, JsonObject spec, Counter added) {
        Provenance table = provenance(documents, spec.getJsonObject("source"));
        int year = spec.getInt("year");
        try (Reader reader = new InputStreamReader(DemoData.resource(DemoData.ROOT + spec.getString("file")), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                     .get().parse(reader)) {
            Programme programme = null;
            for (CSVRecord row : csv) {
                Provenance rowSource = new Provenance(table.getDocument(), table.getLocation(), text(row.get("catatan")));
                int number = Integer.parseInt(row.get("program"));
                if ("PROGRAM".equals(row.get("jenis"))) {
                    programme = em.createNamedQuery("Programme.find", Programme.class).setParameter("agency", agency)
                            .setParameter("year", year).setParameter("number", number).getResultStream().findFirst()
                            .orElse(null);
                    if (programme == null) {
                        programme = added.persist(em, new Programme(agency, year, number, row.get("nama").trim(),
                                Integer.parseInt(row.get("sasaran")), row.get("nama_sasaran").trim(),
                                new BigDecimal(row.get("pagu")), new BigDecimal(row.get("realisasi")), rowSource));
                    }
                } else if (programme != null && programme.getNumber() == number) {
                    String name = row.get("nama").trim();
                    if (programme.getActivities().stream().noneMatch(a -> a.getName().equals(name))) {
                        programme.addActivity(name, new BigDecimal(row.get("pagu")), new BigDecimal(row.get("realisasi")), rowSource);
                        added.count++;
                    }
                } else {
                    throw new IllegalStateException("Baris kegiatan '" + row.get("nama") + "' (baris " + row.getRecordNumber()
                            + ") tidak berada di bawah programnya " + number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo budget " + spec.getString("file"), e);
        }
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object.containsKey(field) && !object.isNull(field) ? object.getJsonNumber(field).bigDecimalValue() : null;
    }

    private static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }

    private static Integer integer(String cell) {
        return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.trim());
    }

    /** {@code ya} / {@code tidak}; a blank cell is not recorded ({@code null}). */
    private static Boolean yesNo(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "ya" -> Boolean.TRUE;
            case "tidak" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("Nilai ya/tidak tidak dikenal: " + cell);
        };
    }

    private void loadCooperatives(Agency agency, JsonObject documents, JsonObject spec, Counter added) {
        Provenance table = provenance(documents, spec.getJsonObject("source"));
        CooperativeStatus status = CooperativeStatus.valueOf(spec.getString("status"));
        try (Reader reader = new InputStreamReader(DemoData.resource(DemoData.ROOT + spec.getString("file")), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                     .get().parse(reader)) {
            for (CSVRecord row : csv) {
                String name = row.get("nama").trim();
                Provenance rowSource = new Provenance(table.getDocument(), table.getLocation() + ", no. " + row.get("no"),
                        row.get("catatan"));
                Cooperative cooperative = em.createNamedQuery("Cooperative.findByAgencyAndName", Cooperative.class)
                        .setParameter("agency", agency).setParameter("name", name)
                        .getResultStream().findFirst()
                        .orElseGet(() -> added.persist(em, new Cooperative(agency, name, null, status, rowSource)));
                for (JsonNumber yearValue : spec.getJsonArray("years").getValuesAs(JsonNumber.class)) {
                    int year = yearValue.intValue();
                    if (cooperative.findYear(year).isEmpty()) {
                        CooperativeYear record = cooperative.yearRecord(year);
                        record.record(date(row.get("tanggal_rat_" + year)), amount(row.get("volume_usaha_" + year)),
                                amount(row.get("aset_" + year)), rowSource);
                        added.count++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo cooperatives " + spec.getString("file"), e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    /** A blank cell is missing data ({@code null}), never zero. */
    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static Provenance provenance(JsonObject documents, JsonObject source) {
        String document = documents.getString(source.getString("document"), source.getString("document"));
        return new Provenance(document, source.getString("location", null), source.getString("note", null));
    }

    private static final class Counter {
        int count;

        <T> T persist(EntityManager em, T entity) {
            em.persist(entity);
            count++;
            return entity;
        }
    }
}
