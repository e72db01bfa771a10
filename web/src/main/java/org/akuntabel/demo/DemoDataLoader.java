package org.akuntabel.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.planning.Indicator;
import org.akuntabel.planning.IndicatorTarget;
import org.akuntabel.planning.Polarity;
import org.akuntabel.registers.AggregateCount;
import org.akuntabel.registers.cooperative.Cooperative;
import org.akuntabel.registers.cooperative.CooperativeStatus;
import org.akuntabel.registers.cooperative.CooperativeYear;
import org.akuntabel.reporting.PublishedFigure;
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

/**
 * Adds the missing rows of the Belitung Timur demo data in one transaction: agency, aggregate counts
 * (Tabel 3.14), indicator with target and published figures, and the cooperative register (Tabel 3.13).
 * Rows are matched by natural key (agency code; agency + year + count code; agency + indicator code;
 * indicator + year; agency + cooperative name; cooperative + year); existing rows are left as they are.
 */
@Stateless
public class DemoDataLoader {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    /** Adds whatever demo rows are missing; returns how many were added. */
    public int load() {
        JsonObject demo = DemoData.readJson(DemoData.ROOT + "instansi.json");
        JsonObject documents = demo.getJsonObject("documents");
        Counter added = new Counter();

        JsonObject a = demo.getJsonObject("agency");
        Agency agency = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", a.getString("code"))
                .getResultStream().findFirst().orElseGet(() -> added.persist(em, new Agency(a.getString("code"),
                        a.getString("name"), GovernmentLevel.valueOf(a.getString("level")), a.getString("region"),
                        a.getString("scaleRuleSet"))));

        for (JsonObject count : demo.getJsonArray("aggregateCounts").getValuesAs(JsonObject.class)) {
            Provenance source = provenance(documents, count.getJsonObject("source"));
            count.getJsonObject("values").forEach((year, value) -> {
                boolean exists = !em.createNamedQuery("AggregateCount.find", AggregateCount.class)
                        .setParameter("agency", agency).setParameter("year", Integer.parseInt(year))
                        .setParameter("code", count.getString("code")).getResultList().isEmpty();
                if (!exists) {
                    added.persist(em, new AggregateCount(agency, Integer.parseInt(year), count.getString("code"),
                            new BigDecimal(value.toString()), source));
                }
            });
        }

        for (JsonObject i : demo.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            Indicator indicator = em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                    .setParameter("agency", agency).setParameter("code", i.getString("code"))
                    .getResultStream().findFirst().orElseGet(() -> added.persist(em, new Indicator(agency,
                            i.getString("code"), i.getString("name"), i.getString("unit"),
                            Polarity.valueOf(i.getString("polarity")), i.getString("sasaran"), i.getString("formula"),
                            i.getString("subjectRegister", null), i.getString("criteriaRuleSet", null),
                            i.getString("denominatorCount", null), i.getInt("sortOrder"))));
            for (JsonObject t : i.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                if (em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class).setParameter("indicator", indicator)
                        .setParameter("year", t.getInt("year")).getResultList().isEmpty()) {
                    added.persist(em, new IndicatorTarget(indicator, t.getInt("year"),
                            t.getJsonNumber("value").bigDecimalValue(), provenance(documents, t.getJsonObject("source"))));
                }
            }
            for (JsonObject p : i.getJsonArray("published").getValuesAs(JsonObject.class)) {
                if (em.createNamedQuery("PublishedFigure.find", PublishedFigure.class).setParameter("indicator", indicator)
                        .setParameter("year", p.getInt("year")).getResultList().isEmpty()) {
                    added.persist(em, new PublishedFigure(indicator, p.getInt("year"),
                            p.getJsonNumber("realisation").bigDecimalValue(), p.getJsonNumber("achievement").bigDecimalValue(),
                            p.getString("label"), provenance(documents, p.getJsonObject("source"))));
                }
            }
        }

        loadCooperatives(agency, documents, demo.getJsonObject("cooperatives"), added);
        return added.count;
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
