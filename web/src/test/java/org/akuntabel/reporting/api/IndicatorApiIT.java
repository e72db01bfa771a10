package org.akuntabel.reporting.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running application with the Belitung Timur demo data: the whole path register (Tabel 3.13)
 * → rule file → indicator → band → REST and pages → every cooperative with its findings; the six 2025
 * indicators with their sources; the budget summed from its lines.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorApiIT {

    private static final String INDICATORS = "api/v1/agencies/beltim/years/2025/indicators";
    private static final String ENTITIES = INDICATORS + "/KOPERASI_BERKUALITAS/entities";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void listsTheBeltimAgency() {
        Http.Answer answer = Http.get(base, "api/v1/agencies");
        assertEquals(200, answer.status());
        JsonArray agencies = answer.json().asJsonArray();
        JsonObject beltim = agencies.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("beltim")).findFirst().orElseThrow();
        assertEquals("Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah Kabupaten Belitung Timur", beltim.getString("name"));
    }

    @Test
    void computesTheCooperativeIndicatorFromTheRulesBesideThePublishedFigures() throws Exception {
        Http.Answer answer = Http.get(base, INDICATORS);
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonObject indicator = answer.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("KOPERASI_BERKUALITAS")).findFirst().orElseThrow();

        assertEquals("%", indicator.getString("unit"));
        assertEquals("HIGHER_IS_BETTER", indicator.getString("polarity"));
        assertNumber("71.79", indicator, "target");
        // 4 of the 54 listed cooperatives meet all three criteria as written; 115 active cooperatives (Tabel 3.14)
        assertNumber("4", indicator, "numerator");
        assertNumber("115", indicator, "denominator");
        assertNumber("3.48", indicator, "realisation");
        assertNumber("4.85", indicator, "achievement");
        JsonObject band = indicator.getJsonObject("band");
        assertEquals("D", band.getString("code"));
        assertEquals("Kurang", band.getString("label"));
        assertTrue(band.getString("colour").matches("#[0-9A-Fa-f]{6}"), band.getString("colour"));

        JsonObject published = indicator.getJsonObject("published");
        assertNumber("46.96", published, "realisation");
        assertNumber("65.41", published, "achievement");
        assertEquals("Cukup Baik", published.getString("label"));
        // the printed label also contradicts the agency's own scale: 65,41 is B "Baik" on Tabel 3.1
        assertEquals("B", published.getJsonObject("scaleBand").getString("code"));
        assertEquals(4, indicator.getJsonArray("differences").size(), indicator.getJsonArray("differences").toString());
        assertTrue(indicator.getJsonArray("differences").getString(3).startsWith("Label terbit \"Cukup Baik\" bertentangan"),
                indicator.getJsonArray("differences").toString());

        assertEquals(sha256(Path.of("../rules/src/main/resources/rulesets/koperasi-berkualitas/koperasi-berkualitas.drl")),
                indicator.getString("ruleSetVersion"));
        assertEquals("COMPUTED", indicator.getString("source"));
    }

    @Test
    void allSixIndicatorsOf2025ComeFromRulesFiguresOrDocumentsWithTheirArithmetic() {
        List<JsonObject> indicators = Http.get(base, INDICATORS).json().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("SAKIP_PD", "IP_ASN", "PRODUKTIVITAS_TK", "PERUSAHAAN_LAYAK", "KOPERASI_BERKUALITAS", "UM_WIRAUSAHA"),
                indicators.stream().map(i -> i.getString("code")).toList());
        JsonObject sakip = indicators.get(0);
        assertEquals("DERIVED", sakip.getString("source"));
        assertNumber("71.50", sakip, "realisation");           // 21,60 + 21,60 + 10,80 + 17,50 (the seed prints 71,51)
        assertNumber("89.38", sakip, "achievement");
        assertEquals("BB", sakip.getJsonObject("valueBand").getString("code"));
        assertEquals("AA", sakip.getJsonObject("band").getString("code"));
        assertTrue(sakip.getString("provenance").contains("Tabel 3.4"), sakip.getString("provenance"));

        JsonObject ipAsn = indicators.get(1);
        assertNumber("83.04", ipAsn, "realisation");
        assertNumber("115.33", ipAsn, "achievement");
        assertEquals("Tinggi", ipAsn.getJsonObject("valueBand").getString("label"));

        JsonObject productivity = indicators.get(2);
        assertEquals("DERIVED", productivity.getString("source"));
        assertNumber("67.98", productivity, "realisation");    // 4.783,01 miliar × 1.000 ÷ 70.363 employed
        assertNumber("118.85", productivity, "achievement");
        assertTrue(productivity.getBoolean("provisional"), "three quarters of PDRB against an annual target");
        assertEquals("(1.554,65 + 1.624,49 + 1.603,87) × 1.000 ÷ 70.363 = 67,98", productivity.getString("arithmetic"));
        assertEquals("ENTERED", productivity.getJsonObject("previousYear").getString("source"));
        assertNumber("87.12", productivity.getJsonObject("previousYear"), "realisation");

        JsonObject companies = indicators.get(3);
        assertEquals("COMPUTED", companies.getString("source"));
        assertNumber("0", companies, "numerator");            // Tabel 3.10 records no wage structure: NO_DATA for all four
        assertNumber("200", companies, "denominator");
        assertNumber("0.00", companies, "realisation");
        assertFalse(companies.getBoolean("provisional"));

        JsonObject microBusinesses = indicators.get(5);
        assertNumber("0.82", microBusinesses, "realisation");  // 168 ÷ 20.547 × 100
        assertNumber("58.57", microBusinesses, "achievement");
        assertEquals("CC", microBusinesses.getJsonObject("band").getString("code"));
        assertEquals(0, microBusinesses.getJsonArray("differences").size(), microBusinesses.toString());

        for (JsonObject indicator : indicators) {
            JsonObject end = indicator.getJsonObject("renstraEndTarget");
            assertEquals(2029, end.getInt("year"), indicator.getString("code"));
            assertTrue(end.getString("source").contains("Tabel 2.3"), indicator.getString("code"));
            assertEquals(2024, indicator.getJsonObject("previousYear").getInt("year"), indicator.getString("code"));
        }
    }

    @Test
    void the2024IndicatorsAreDerivedWhereTheSeedGivesTheInputsAndEnteredOtherwise() {
        List<JsonObject> indicators = Http.get(base, "api/v1/agencies/beltim/years/2024/indicators").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject sakip = indicators.stream().filter(i -> i.getString("code").equals("SAKIP_PD")).findFirst().orElseThrow();
        assertEquals("DERIVED", sakip.getString("source"));
        assertNumber("66.55", sakip, "realisation");
        assertTrue(sakip.isNull("achievement"), "no numeric 2024 target: tidak dapat dihitung, not 0");
        JsonObject cooperatives = indicators.stream().filter(i -> i.getString("code").equals("KOPERASI_BERKUALITAS")).findFirst().orElseThrow();
        assertEquals("ENTERED", cooperatives.getString("source"));
        assertNumber("71.05", cooperatives, "realisation");
        assertTrue(cooperatives.getString("provenance").contains("Tabel 3.12"), cooperatives.getString("provenance"));
    }

    @Test
    void eachYearListsTheIndicatorsOfItsIkuOrOfTheRenstraInForceWith2016To2020FromTheEarlierRenstra() {
        assertEquals(List.of("SAKIP_PD", "IP_ASN", "PRODUKTIVITAS_TK", "PERUSAHAAN_LAYAK", "KOPERASI_BERKUALITAS", "UM_WIRAUSAHA",
                        "TENAGA_KERJA_FORMAL_PERSEN", "KOPERASI_AKTIF_PERSEN", "USAHA_MIKRO_NAIK_KELAS_PERSEN", "SENGKETA_PENGUSAHA_PEKERJA_ANGKA"),
                codes(2024), "IKU 2024 (seed 002) plus the 2024 values the 2025 report prints");
        assertEquals(6, codes(2026).size(), "2026: Renstra 2025-2029 is in force, not the overlapping 2021-2026 one");
        assertEquals(11, codes(2021).size(), "2021: the Renstra 2021-2026 indicators with a 2021 target");

        JsonObject active2019 = Http.get(base, "api/v1/agencies/beltim/years/2019/indicators/KOPERASI_AKTIF_PERSEN").json().asJsonObject();
        assertEquals("ENTERED", active2019.getString("source"));
        assertNumber("57.41", active2019, "realisation");         // Renstra 2021-2026 Tabel 2.8, as printed
        assertNumber("94.11", active2019, "achievement");         // 57,41 / 61 × 100
        assertTrue(active2019.getString("provenance").contains("Tabel 2.8"), active2019.getString("provenance"));
        Http.Answer page = Http.get(base, "indikator.xhtml?agency=beltim&year=2020&code=KOPERASI_AKTIF_PERSEN");
        assertTrue(page.body().contains("\"labels\":[\"2016\",\"2017\",\"2018\",\"2019\",\"2020\",\"2021\",\"2022\",\"2023\",\"2024\",\"2025\",\"2026\"]"),
                "the chart spans the earlier period's performance and the Renstra targets");
        assertEquals(404, Http.get(base, "api/v1/agencies/beltim/years/2019/indicators/RASIO_PENDUDUK_BEKERJA").status(),
                "a performance row without a Renstra 2021-2026 indicator is not made into one");
    }

    private List<String> codes(int year) {
        return Http.get(base, "api/v1/agencies/beltim/years/" + year + "/indicators").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList();
    }

    @Test
    void theConsistencyCheckListsTheLabelContradictionAndTheCooperativesThatDoNotMeetTheCriteria() {
        List<JsonObject> checks = Http.get(base, "api/v1/agencies/beltim/years/2025/checks").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject label = checks.stream().filter(c -> c.getString("code").equals("LABEL_BERTENTANGAN_SKALA")).findFirst().orElseThrow();
        assertEquals("KESALAHAN", label.getString("severity"));
        assertTrue(label.getString("message").contains("\"Cukup Baik\"") && label.getString("message").contains("65,41")
                && label.getString("message").contains("B \"Baik\""), label.getString("message"));
        assertTrue(label.getString("location").contains("Tabel 3.12"), label.getString("location"));
        JsonObject listed = checks.stream().filter(c -> c.getString("code").equals("ENTITAS_TIDAK_MEMENUHI_KRITERIA")
                && c.getString("location").startsWith("KOPERASI_BERKUALITAS")).findFirst().orElseThrow();
        assertTrue(listed.getString("message").contains("54 entitas dihitung, tetapi hanya 4 dari 54"), listed.getString("message"));
        assertTrue(listed.getString("location").contains("Tabel 3.13"), listed.getString("location"));
        assertTrue(checks.stream().anyMatch(c -> c.getString("code").equals("DATA_SEBAGIAN_PERIODE")
                && c.getString("message").startsWith("Tingkat Produktivitas")), "PDRB for three quarters against an annual target");
        assertTrue(checks.stream().anyMatch(c -> c.getString("code").equals("JUMLAH_KOMPONEN")), "71,50 summed vs 71,51 printed");
        assertTrue(checks.stream().anyMatch(c -> c.getString("code").equals("JUMLAH_TABEL")
                && c.getString("message").contains("tercetak 14, baris kegiatan 13")));
        JsonObject twice = checks.stream().filter(c -> c.getString("code").equals("ANGKA_TERCETAK_BERBEDA")
                && c.getString("location").startsWith("KOPERASI_BERKUALITAS")).findFirst().orElseThrow();
        assertTrue(twice.getString("message").contains("interpretasi \"Baik\" dan \"Cukup Baik\""), twice.getString("message"));
        assertTrue(twice.getString("location").contains("Ringkasan Eksekutif") && twice.getString("location").contains("Tabel 3.12"),
                twice.getString("location"));
        assertTrue(checks.stream().anyMatch(c -> c.getString("code").equals("ANGKA_TERCETAK_BERBEDA")
                && c.getString("location").startsWith("PERUSAHAAN_LAYAK") && c.getString("message").contains("realisasi kosong")),
                "Tabel 3.2 leaves the company row's realisation empty");
        assertEquals(200, Http.get(base, "pemeriksaan.xhtml?agency=beltim&year=2025").status());
    }

    @Test
    void theBudgetIsSummedFromItsLinesAndShowsWherePrintedTotalsDiffer() {
        Http.Answer answer = Http.get(base, "api/v1/agencies/beltim/years/2025/budget");
        assertEquals(200, answer.status());
        JsonObject budget = answer.json().asJsonObject();
        assertNumber("6038087336", budget, "pagu");             // the sum of the 13 activity lines of the Lampiran
        assertNumber("6197237336", budget, "printedPagu");      // the printed total includes Programme 3, whose lines are missing
        assertNumber("90.34", budget, "absorption");
        List<JsonObject> sasaran = budget.getJsonArray("sasaran").getValuesAs(JsonObject.class);
        assertEquals(5, sasaran.size());
        assertNumber("92.31", sasaran.get(0), "absorption");
        assertTrue(sasaran.get(3).isNull("absorption"), "a pagu of 0 gives no absorption, not 0 %");
        assertEquals("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", sasaran.get(0).getJsonArray("programmes")
                .getJsonObject(0).getJsonArray("activities").getJsonObject(0).getString("name"), "activities in the order printed");
        List<String> differences = budget.getJsonArray("differences").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(differences.contains("Jumlah kegiatan: tercetak 14, baris kegiatan 13"), differences.toString());
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("Program 3 ")), differences.toString());

        Http.Answer page = Http.get(base, "anggaran.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Rp 6.038.087.336") && page.body().contains("Rp 6.197.237.336"), "sum and printed total");
        assertEquals(404, Http.get(base, "api/v1/agencies/beltim/years/2024/budget").status());

        JsonObject activity = sasaran.get(0).getJsonArray("programmes").getJsonObject(0).getJsonArray("activities").getJsonObject(0);
        Http.Answer overspent = Http.put(base, "api/v1/agencies/beltim/years/2025/budget/activities/" + activity.getJsonNumber("id").longValue(),
                "{\"pagu\":100,\"realisation\":150,\"version\":" + activity.getJsonNumber("version").longValue() + "}");
        assertEquals(422, overspent.status(), overspent.body());
        assertTrue(overspent.body().contains("melebihi pagu"), overspent.body());
    }

    @Test
    void thePlanningCycleIsServedAsTheRenstraCascadeAndTheDocumentsOfAYear() {
        List<JsonObject> periods = Http.get(base, "api/v1/agencies/beltim/renstra").json().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(2025, 2021), periods.stream().map(p -> p.getInt("startYear")).toList(), "newest first, the 2021-2026 Renstra of seed 001 too");
        assertEquals("Belitung Timur Bangkit dan Berdaya", periods.get(1).getString("vision"));
        Http.Answer untitled = Http.put(base, "api/v1/agencies/beltim/renstra/2025", "{\"title\":\" \",\"version\":0}");
        assertEquals(422, untitled.status(), untitled.body());
        Http.Answer staleSasaran = Http.put(base, "api/v1/agencies/beltim/renstra/2025/sasaran/4",
                "{\"name\":\"x\",\"version\":" + (periods.get(0).getJsonArray("tujuan").getJsonObject(0).getJsonArray("sasaran")
                        .getJsonObject(3).getJsonNumber("version").longValue() + 5) + "}");
        assertEquals(409, staleSasaran.status(), staleSasaran.body());
        JsonObject renstra = periods.get(0);
        assertEquals(2025, renstra.getInt("startYear"));
        assertEquals(2029, renstra.getInt("endYear"));
        List<JsonObject> sasaran = renstra.getJsonArray("tujuan").getJsonObject(0).getJsonArray("sasaran").getValuesAs(JsonObject.class);
        assertEquals(5, sasaran.size());
        assertEquals(List.of("SAKIP_PD", "IP_ASN"), sasaran.get(0).getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("code")).toList());
        assertNumber("74.42", sasaran.get(3).getJsonArray("indicators").getJsonObject(0).getJsonObject("endTarget"), "value");

        List<JsonObject> documents = Http.get(base, "api/v1/agencies/beltim/years/2025/documents").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("IKU", "PK", "RKT"), documents.stream().map(d -> d.getString("kind")).toList());
        JsonObject agreement = documents.get(1);
        assertEquals(1, agreement.getInt("revision"), "the Perjanjian Kinerja in the seed is the Perubahan");
        assertNumber("6197237336", agreement, "budgetTotal");
        JsonObject iku2024 = Http.get(base, "api/v1/agencies/beltim/years/2024/documents").json().asJsonArray().getJsonObject(0);
        assertEquals("188.4/03/DTK-KUKM/I/2024", iku2024.getString("number"));
        assertEquals("2024-01-03", iku2024.getString("date"));
        assertEquals(200, Http.get(base, "api/v1/agencies/beltim").status(), "the agency resource still answers");
        Http.Answer undated = Http.post(base, "api/v1/agencies/beltim/years/2025/documents/PK/revisions",
                "{\"date\":\"2024-12-31\",\"reason\":\"\"}");
        assertEquals(422, undated.status(), undated.body());
        assertEquals(2, undated.json().asJsonObject().getJsonArray("errors").size(), "date outside the year and no reason");

        Http.Answer page = Http.get(base, "pohon-kinerja.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Meningkatnya Pertumbuhan Koperasi yang berkualitas")
                && page.body().contains("Program Pengawasan dan Pemeriksaan Koperasi"), "sasaran with its programme in the tree");
    }

    @Test
    void targetsOutsideTheRenstraPeriodAndStaleFigureChangesAreRefused() {
        Http.Answer outside = Http.put(base, "api/v1/agencies/beltim/indicators/KOPERASI_BERKUALITAS/targets/2031",
                "{\"value\":75}");
        assertEquals(422, outside.status(), outside.body());
        assertTrue(outside.body().contains("di luar periode Renstra 2025–2029"), outside.body());
        Http.Answer negative = Http.put(base, "api/v1/agencies/beltim/indicators/KOPERASI_BERKUALITAS/targets/2026",
                "{\"value\":-1,\"version\":0}");
        assertEquals(422, negative.status(), negative.body());
        List<JsonObject> targets = Http.get(base, "api/v1/agencies/beltim/indicators/KOPERASI_BERKUALITAS/targets").json()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(2025, 2026, 2027, 2028, 2029), targets.stream().map(t -> t.getInt("year")).toList());

        JsonObject figure = Http.get(base, "api/v1/agencies/beltim/figures").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("code").equals("UM_JUMLAH") && f.getInt("year") == 2025).findFirst().orElseThrow();
        Http.Answer stale = Http.put(base, "api/v1/agencies/beltim/figures/" + figure.getJsonNumber("id").longValue(),
                "{\"value\":20547,\"provisional\":false,\"version\":" + (figure.getJsonNumber("version").longValue() + 7) + "}");
        assertEquals(409, stale.status(), stale.body());
        assertEquals(200, Http.get(base, "data.xhtml").status());

        String monitoring = "api/v1/agencies/beltim/indicators/KOPERASI_BERKUALITAS/monitoring/2025";
        assertEquals(4, Http.get(base, monitoring).json().asJsonArray().size(), "four quarters, entered or not");
        Http.Answer overBudget = Http.put(base, monitoring + "/3", "{\"realisation\":40,\"budgetRealisationPercent\":130}");
        assertEquals(422, overBudget.status(), overBudget.body());
        assertEquals("budgetRealisationPercent", overBudget.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Answer fifth = Http.put(base, monitoring + "/5", "{\"realisation\":1}");
        assertEquals(422, fifth.status(), fifth.body());
    }

    @Test
    void registerEditsOverRestAnswer422ForInvalidInputAnd409ForAStaleVersion() {
        JsonObject tiong = Http.get(base, ENTITIES).json().asJsonObject().getJsonArray("entities").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("name").equals("KOPERASI TIONG SEJAHTERA")).findFirst().orElseThrow();
        String path = "api/v1/agencies/beltim/cooperatives/" + tiong.getJsonNumber("id").longValue() + "/years/2025";

        Http.Answer invalid = Http.put(base, path, "{\"ratDate\":\"2025-05-10\",\"businessVolume\":-1,\"assets\":27000000,\"version\":0}");
        assertEquals(422, invalid.status(), invalid.body());
        assertEquals("businessVolume", invalid.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Answer stale = Http.put(base, path, "{\"ratDate\":\"2025-05-10\",\"assets\":27000000,\"version\":-1}");
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().asJsonObject().getString("error").contains("diubah oleh pengguna lain"));

        Http.Answer unknown = Http.put(base, "api/v1/agencies/beltim/cooperatives/999999/years/2025", "{\"version\":0}");
        assertEquals(404, unknown.status());

        Http.Answer nameless = Http.post(base, "api/v1/agencies/beltim/cooperatives", "{\"status\":\"AKTIF\",\"year\":2025}");
        assertEquals(422, nameless.status(), nameless.body());
        assertEquals("name", nameless.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, Http.get(base, "koperasi.xhtml").status());
        assertEquals(200, Http.get(base, "perusahaan.xhtml").status());
        Http.Answer documentsPage = Http.get(base, "dokumen.xhtml?year=2025");
        assertEquals(200, documentsPage.status());
        assertTrue(documentsPage.body().contains("Perjanjian Kinerja Perubahan 2025"), "the PK revision is listed");
        assertEquals(4, Http.get(base, "api/v1/agencies/beltim/companies").json().asJsonArray().size());
    }

    @Test
    void tracesEveryCooperativeToItsFindingsAndRules() {
        Http.Answer answer = Http.get(base, ENTITIES);
        assertEquals(200, answer.status());
        JsonObject listing = answer.json().asJsonObject();
        assertNumber("4", listing, "numerator");
        assertNumber("115", listing, "denominator");
        assertTrue(listing.getString("denominatorSource").contains("Tabel 3.14"), listing.getString("denominatorSource"));

        List<JsonObject> entities = listing.getJsonArray("entities").getValuesAs(JsonObject.class);
        assertEquals(54, entities.size());
        Set<String> counted = entities.stream().filter(e -> e.getBoolean("counted"))
                .map(e -> e.getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("KOPERASI GUYUB MAKMUR BELITUNG TIMUR", "KOPERASI KELUBI BERKAH BERSAMA",
                "KOPERASI LINDONG RAYA", "KOPERASI PRODUSEN SUGAK LINGGANG MANDIRI"), counted);
        for (JsonObject entity : entities) {
            List<JsonObject> findings = entity.getJsonArray("findings").getValuesAs(JsonObject.class);
            assertEquals(List.of("RAT_TAHUN_BERJALAN", "VOLUME_USAHA_NAIK", "ASET_NAIK"),
                    findings.stream().map(f -> f.getString("criterion")).toList(), entity.getString("name"));
            boolean allMet = findings.stream().allMatch(f -> f.getString("outcome").equals("MET"));
            assertEquals(allMet, entity.getBoolean("counted"), entity.getString("name"));
            findings.forEach(f -> assertTrue(f.getString("rule").startsWith("koperasi-berkualitas/koperasi-berkualitas.drl: "
                    + f.getString("criterion")), f.getString("rule")));
        }

        JsonObject first = entities.stream().filter(e -> e.getString("name").equals("KOPERASI PRODUSEN KARYAWAN TIMAH MANGGAR"))
                .findFirst().orElseThrow();
        JsonObject volume = first.getJsonArray("findings").getJsonObject(1);
        assertEquals("MET", volume.getString("outcome"));
        assertEquals("Volume usaha 2024 → 2025: Rp 31.781.794.203 → Rp 100.591.430.108 (naik)", volume.getString("evidence"));
    }

    @Test
    void aBlankBusinessVolumeIsNoDataAndDoesNotCount() {
        JsonObject tiong = Http.get(base, ENTITIES).json().asJsonObject().getJsonArray("entities")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("name").equals("KOPERASI TIONG SEJAHTERA")).findFirst().orElseThrow();
        assertFalse(tiong.getBoolean("counted"));
        JsonObject volume = tiong.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("criterion").equals("VOLUME_USAHA_NAIK")).findFirst().orElseThrow();
        assertEquals("NO_DATA", volume.getString("outcome"));

        Http.Answer single = Http.get(base, ENTITIES + "/" + tiong.getJsonNumber("id").longValue());
        assertEquals(200, single.status());
        assertEquals(tiong, single.json().asJsonObject());
    }

    @Test
    void unknownAgencyYearIndicatorOrPathAnswer404AsJsonWithoutStackTrace() {
        for (String path : List.of("api/v1/agencies/nope/years/2025/indicators",
                "api/v1/agencies/beltim/years/1999/indicators",
                "api/v1/agencies/beltim/years/abc/indicators",
                INDICATORS + "/NOPE/entities",
                ENTITIES + "/999999",
                "api/v1/no-such-resource")) {
            Http.Answer answer = Http.get(base, path);
            assertEquals(404, answer.status(), path);
            assertTrue(answer.contentType().startsWith("application/json"), path + ": " + answer.contentType());
            JsonObject error = answer.json().asJsonObject();
            assertEquals(404, error.getInt("status"));
            assertFalse(error.getString("error").isBlank(), path);
            assertFalse(answer.body().contains("at org."), path + " leaks a stack trace");
        }
    }

    @Test
    void homePageShowsComputedAndPublishedFiguresWithADifferenceMark() {
        Http.Answer page = Http.get(base, "");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("KOPERASI_BERKUALITAS"), "indicator code");
        assertTrue(html.contains("3,48") && html.contains("4,85"), "computed realisation and achievement, Indonesian format");
        assertTrue(html.contains("D · Kurang"), "band");
        assertTrue(html.contains("46,96 / 65,41 / Cukup Baik"), "published figures beside the computed ones");
        assertTrue(html.contains("Berbeda dengan yang diterbitkan"), "difference mark");
    }

    @Test
    void indicatorPageShowsTheArithmeticAndLinksEveryCooperative() {
        Http.Answer page = Http.get(base, "indikator.xhtml?agency=beltim&year=2025&code=KOPERASI_BERKUALITAS");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("4 ÷ 115 × 100 = 3,48"), "realisation arithmetic");
        assertTrue(page.body().contains("3,48 ÷ 71,79 × 100 = 4,85"), "achievement arithmetic");
        assertTrue(page.body().contains("entitas.xhtml"), "links to cooperatives");

        assertEquals(404, Http.get(base, "indikator.xhtml?agency=beltim&year=2025&code=NOPE").status());

        Http.Answer derived = Http.get(base, "indikator.xhtml?agency=beltim&year=2025&code=PRODUKTIVITAS_TK");
        assertEquals(200, derived.status());
        assertTrue(derived.body().contains("(1.554,65 + 1.624,49 + 1.603,87) × 1.000 ÷ 70.363 = 67,98"), "derived arithmetic");
        assertTrue(derived.body().contains("sementara"), "provisional mark");
        assertTrue(derived.body().contains("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja"), "the programmes of Sasaran 2");
        assertTrue(derived.body().contains("\"labels\":[\"2024\",\"2025\",\"2026\",\"2027\",\"2028\",\"2029\"]"), "series chart over the years");
    }

    @Test
    void cooperativePageShowsEachFindingWithItsEvidenceAndRule() {
        long id = Http.get(base, ENTITIES).json().asJsonObject().getJsonArray("entities").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("name").equals("KOPERASI TIONG SEJAHTERA")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http.Answer page = Http.get(base, "entitas.xhtml?agency=beltim&year=2025&code=KOPERASI_BERKUALITAS&id=" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Tidak ada data"), "NO_DATA outcome shown in Bahasa Indonesia");
        assertTrue(page.body().contains("Rp 8.398.754.220 → tidak ada data"), "evidence with the actual values");
        assertTrue(page.body().contains("koperasi-berkualitas.drl: VOLUME_USAHA_NAIK tidak ada data"), "the rule that decided");
        assertTrue(page.body().contains("Tabel 3.13") && page.body().contains("no. 25"), "the register data with its source row");
        assertTrue(page.body().contains("sel kosong: data tidak ada (bukan nol)"), "the transcription note of the blank cell");
    }

    private static void assertNumber(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()),
                field + " = " + object.get(field));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
