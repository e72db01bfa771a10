package org.akuntabel.registers.importing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Register import over REST on the running application: Tabel 3.13 of the seed as printed (mixed number formats,
 * the empty cell, the ambiguous cells) into the Belitung Timur register; a file with bad rows that changes nothing
 * until confirmed and then exactly its accepted rows; re-import as a no-op; every register's storage; errors.
 */
@ExtendWith(ArquillianExtension.class)
class ImportApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String INDICATORS = "api/v1/agencies/beltim/years/2025/indicators";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void tabel313AsPrintedFlagsTheAmbiguousCellsAndAfterTheDecisionsLeavesTheCooperativeIndicatorAsComputedFromTheDemoData() {
        JsonObject indicatorBefore = cooperativeIndicator();
        assertNumber("3.48", indicatorBefore, "realisation");
        assertNumber("4", indicatorBefore, "numerator");
        String registerBefore = Http.get(base, "api/v1/agencies/beltim/cooperatives").body();

        Http.Answer dryRun = Http.postFile(base, "api/v1/agencies/beltim/imports/koperasi?dryRun=true", "tabel-3.13.xlsx", XLSX,
                printedTable313(), Map.of("by", "petugas-data"));
        assertEquals(201, dryRun.status(), dryRun.body());
        JsonObject preview = dryRun.json().asJsonObject();
        assertEquals("koperasi", preview.getString("register"));
        assertEquals("PLANNED", preview.getString("status"));
        assertEquals(54, preview.getInt("rowsRead"));
        assertCounts(preview, 0, 0, 105, 0, 3);
        JsonArray awaiting = preview.getJsonArray("awaiting");
        assertEquals(List.of("33 aset_2025 [21342.752,21342752]", "37 volume_usaha_2024 [1023950.900,1023950900]",
                "37 volume_usaha_2025 [1023988.000,1023988000]"), awaiting.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getInt("row") + " " + a.getString("column") + " " + a.getJsonArray("readings")).toList());
        assertTrue(awaiting.getJsonObject(0).getString("reason").startsWith("Perlu keputusan: '21.342,752'"),
                awaiting.getJsonObject(0).getString("reason"));
        long importId = preview.getJsonNumber("importId").longValue();
        assertEquals("admin", Http.get(base, "api/v1/agencies/beltim/imports/" + importId).json().asJsonObject()
                .getString("uploadedBy"), "the signed-in user uploaded it, whatever the form's 'by' says");

        Http.Answer undecided = Http.post(base, "api/v1/agencies/beltim/imports/" + importId + "/confirm", "{}");
        assertEquals(409, undecided.status(), undecided.body());
        assertEquals(3, undecided.json().asJsonObject().getJsonArray("issues").size());
        assertEquals("PLANNED", Http.get(base, "api/v1/agencies/beltim/imports/" + importId).json().asJsonObject().getString("status"));

        JsonArrayBuilder decisions = Json.createArrayBuilder();
        for (JsonObject cell : awaiting.getValuesAs(JsonObject.class)) { // the readings the demo data holds
            decisions.add(Json.createObjectBuilder().add("row", cell.getInt("row")).add("column", cell.getString("column"))
                    .add("value", cell.getJsonArray("readings").getJsonNumber(0).bigDecimalValue()));
        }
        JsonArray decided = decisions.build();
        Http.Answer confirmed = Http.as(Http.OPERATOR).post(base, "api/v1/agencies/beltim/imports/" + importId + "/confirm",
                Json.createObjectBuilder().add("decisions", decided).add("by", "kepala-bidang").build().toString());
        assertEquals(200, confirmed.status(), confirmed.body());
        assertCounts(confirmed.json().asJsonObject(), 0, 0, 108, 0, 0);
        JsonObject record = Http.get(base, "api/v1/agencies/beltim/imports/" + importId).json().asJsonObject();
        assertEquals("CONFIRMED", record.getString("status"));
        assertEquals("operator.beltim", record.getString("confirmedBy"), "the signed-in user confirmed it, not the body's 'by'");

        assertEquals(registerBefore, Http.get(base, "api/v1/agencies/beltim/cooperatives").body(),
                "every value read from the printed table, with the decisions, is the demo data's");
        JsonObject indicatorAfter = cooperativeIndicator();
        assertNumber("3.48", indicatorAfter, "realisation");
        assertNumber("4", indicatorAfter, "numerator");
        assertNumber("115", indicatorAfter, "denominator");

        // the same file and decisions into an empty register give exactly the demo's cooperative years
        String empty = agency("uji-impor-tabel-3-13");
        JsonObject fresh = Http.postFile(base, "api/v1/agencies/" + empty + "/imports/koperasi?dryRun=true", "tabel-3.13.xlsx", XLSX,
                printedTable313(), Map.of()).json().asJsonObject();
        assertCounts(fresh, 105, 0, 0, 0, 3);
        Http.Answer added = Http.post(base, "api/v1/agencies/" + empty + "/imports/" + fresh.getJsonNumber("importId") + "/confirm",
                Json.createObjectBuilder().add("decisions", decided).build().toString());
        assertEquals(200, added.status(), added.body());
        assertCounts(added.json().asJsonObject(), 108, 0, 0, 0, 0);
        Map<String, List<String>> imported = yearsByName(empty);
        assertEquals(54, imported.size());
        Map<String, List<String>> demo = yearsByName("beltim");
        imported.forEach((name, years) -> assertEquals(demo.get(name), years, name));
    }

    /** Each cooperative's name → its yearly records as "year RAT volume assets". */
    private Map<String, List<String>> yearsByName(String agency) {
        Map<String, List<String>> years = new java.util.TreeMap<>();
        for (JsonObject cooperative : Http.get(base, "api/v1/agencies/" + agency + "/cooperatives").json().asJsonArray()
                .getValuesAs(JsonObject.class)) {
            years.put(cooperative.getString("name"), cooperative.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                    .map(y -> y.getInt("year") + " " + y.get("ratDate") + " " + y.get("businessVolume") + " " + y.get("assets")).toList());
        }
        return years;
    }

    @Test
    void aFileWithBadRowsChangesNothingUntilConfirmedThenStoresExactlyTheAcceptedRowsAndReimportIsANoOp() {
        String agency = agency("uji-impor-koperasi");
        String imports = "api/v1/agencies/" + agency + "/imports/";
        String csv = """
                Daftar koperasi aktif 2025
                Nama Koperasi;No. Badan Hukum;Tahun;Tgl RAT;Volume Usaha;Total Aset;Keterangan
                Koperasi Maju Bersama;518/01/BH/2015;2025;12 Februari 2025;1.250.000.000;2.615.621.882,99;‘baru’ didaftar
                KOPERASI SIDO MUNCUL;;2025;3/9/2025;750.500.000;;
                Koperasi Tanggal Salah;;2025;31 Februari 2025;100.000;200.000;
                ;518/02/BH/2016;2025;1 Maret 2025;5.000;6.000;
                Koperasi RAT Tahun Lalu;;2025;9 Maret 2024;1.000;2.000;
                Koperasi Nelayan Sejahtera;518/03/BH/2019;2025;;-5.000;1.000.000;
                Koperasi Tani Makmur;;2025;20 April 2025;300.000.000;450.000.000;
                """;
        byte[] file = csv.getBytes(WINDOWS_1252);

        Http.Answer dryRun = Http.postBytes(base, imports + "koperasi?dryRun=true&fileName=koperasi-2025.csv", "text/csv", file);
        assertEquals(201, dryRun.status(), dryRun.body());
        JsonObject preview = dryRun.json().asJsonObject();
        assertEquals("CSV (Windows-1252, pemisah ';')", preview.getString("source"));
        assertCounts(preview, 3, 0, 0, 4, 0);
        assertEquals(List.of("5 Tgl RAT", "6 Nama Koperasi", "7 Tgl RAT", "8 Volume Usaha"), preview.getJsonArray("rejected")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getInt("row") + " " + r.getString("column")).toList());
        preview.getJsonArray("rejected").getValuesAs(JsonObject.class).forEach(r -> assertTrue(r.getString("reason").length() > 10));
        assertEquals("[]", Http.get(base, "api/v1/agencies/" + agency + "/cooperatives").body(), "nothing stored by a dry run");

        long importId = preview.getJsonNumber("importId").longValue();
        Http.Answer rejected = Http.get(base, imports + importId + "/rejected.csv");
        assertEquals(200, rejected.status());
        List<String> lines = rejected.body().replace("\uFEFF", "").lines().toList();
        assertEquals(5, lines.size(), rejected.body());
        assertTrue(lines.get(0).startsWith("Nama Koperasi;No. Badan Hukum;Tahun;") && lines.get(0).endsWith(";Alasan penolakan"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Koperasi Tanggal Salah;"), lines.get(1));
        assertTrue(lines.get(4).startsWith("Koperasi Nelayan Sejahtera;"), lines.get(4));

        Http.Answer confirmed = Http.post(base, imports + importId + "/confirm", "{}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertCounts(confirmed.json().asJsonObject(), 3, 0, 0, 4, 0);
        JsonArray stored = Http.get(base, "api/v1/agencies/" + agency + "/cooperatives").json().asJsonArray();
        assertEquals(List.of("KOPERASI SIDO MUNCUL", "Koperasi Maju Bersama", "Koperasi Tani Makmur"),
                stored.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).sorted().toList());
        JsonObject maju = stored.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("Koperasi Maju Bersama"))
                .findFirst().orElseThrow();
        assertEquals("518/01/BH/2015", maju.getString("registrationNumber"));
        JsonObject year = maju.getJsonArray("years").getJsonObject(0);
        assertEquals("2025-02-12", year.getString("ratDate"));
        assertEquals(0, new BigDecimal("2615621882.99").compareTo(year.getJsonNumber("assets").bigDecimalValue()));
        assertTrue(year.getString("source").startsWith("Impor #" + importId + " (koperasi-2025.csv), baris 3"), year.getString("source"));
        JsonObject sido = stored.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("KOPERASI SIDO MUNCUL"))
                .findFirst().orElseThrow().getJsonArray("years").getJsonObject(0);
        assertTrue(sido.isNull("assets"), "an empty cell is no data, not zero");
        assertEquals(409, Http.post(base, imports + importId + "/confirm", "{}").status(), "confirmed once only");

        String registerAfter = Http.get(base, "api/v1/agencies/" + agency + "/cooperatives").body();
        Http.Answer again = Http.postFile(base, imports + "koperasi?dryRun=true", "koperasi-2025.csv", "text/csv", file, Map.of());
        assertEquals(201, again.status(), again.body());
        assertCounts(again.json().asJsonObject(), 0, 0, 3, 4, 0);
        Http.Answer noOp = Http.post(base, imports + again.json().asJsonObject().getJsonNumber("importId") + "/confirm", "{}");
        assertCounts(noOp.json().asJsonObject(), 0, 0, 3, 4, 0);
        assertEquals(registerAfter, Http.get(base, "api/v1/agencies/" + agency + "/cooperatives").body(), "re-import changes nothing");

        String changed = csv.replace("300.000.000;450.000.000", "300.000.000;475.000.000");
        JsonObject update = Http.postBytes(base, imports + "koperasi?dryRun=true", "text/csv; charset=UTF-8",
                changed.getBytes(StandardCharsets.UTF_8)).json().asJsonObject();
        assertCounts(update, 0, 1, 2, 4, 0);
        JsonObject change = update.getJsonArray("updates").getJsonObject(0).getJsonArray("changes").getJsonObject(0);
        assertEquals("assets", change.getString("field"));
        assertEquals("Total Aset", change.getString("column"));
        assertEquals(0, new BigDecimal("450000000").compareTo(change.getJsonNumber("before").bigDecimalValue()));
        assertEquals(0, new BigDecimal("475000000").compareTo(change.getJsonNumber("after").bigDecimalValue()));
        assertEquals(registerAfter, Http.get(base, "api/v1/agencies/" + agency + "/cooperatives").body(), "still a dry run");

        JsonArray listed = Http.get(base, "api/v1/agencies/" + agency + "/imports").json().asJsonArray();
        assertEquals(List.of("PLANNED", "CONFIRMED", "CONFIRMED"), listed.getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("status")).toList());
    }

    @Test
    void everyRegisterIsStoredAndReimportingItChangesNothing() {
        String agency = agency("uji-impor-register");
        String imports = "api/v1/agencies/" + agency + "/imports/";
        Map<String, String> files = Map.of(
                "perusahaan", "Nama Perusahaan,Sektor,Jumlah Tenaga Kerja,PP/PKB,LKS Bipartit,Struktur dan Skala Upah,Peserta BPJS\n"
                        + "PT Timah Industri,Pertambangan,\"1,976\",ya,tidak,,\"1,945\"\n",
                "usaha-mikro", "Nama Usaha;Kecamatan;NIB;Komoditas Tetap;Modal Usaha;Omzet Tahunan\nWarung Mawar;Manggar;1234567890123;ya;"
                        + "25.000.000;180.000.000\n",
                "ip-asn", "NIP;Nama;Status;Tahun;Kualifikasi;Kompetensi;Kinerja;Disiplin\n198703122010012001;Siti;PPPK;2025;20,5;32,54;25;5\n",
                "statistik", "Kode;Tahun;Nilai;Satuan;Dokumen Sumber;Lokasi\nkoperasi aktif;2025;115;koperasi;LKjIP 2025;Tabel 3.14\n");
        files.forEach((register, csv) -> {
            JsonObject preview = Http.postBytes(base, imports + register + "?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                    .json().asJsonObject();
            assertCounts(preview, 1, 0, 0, 0, 0);
            Http.Answer confirmed = Http.post(base, imports + preview.getJsonNumber("importId") + "/confirm", "{}");
            assertEquals(200, confirmed.status(), register + ": " + confirmed.body());
            JsonObject again = Http.postBytes(base, imports + register + "?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                    .json().asJsonObject();
            assertCounts(again, 0, 0, 1, 0, 0);
        });
        JsonObject company = Http.get(base, "api/v1/agencies/" + agency + "/companies").json().asJsonArray().getJsonObject(0);
        assertEquals(1976, company.getInt("workers"));
        assertTrue(company.isNull("wageStructure"), "an empty yes/no cell is no data, never no");
        assertEquals(false, company.getBoolean("lksBipartit"));
    }

    @Test
    void errorsAreJsonNamingWhatIsWrong() {
        String agency = agency("uji-impor-galat");
        String imports = "api/v1/agencies/" + agency + "/imports/";
        Http.Answer unknownAgency = Http.postBytes(base, "api/v1/agencies/tidak-ada/imports/koperasi", "text/csv", "a;b\n".getBytes());
        assertEquals(404, unknownAgency.status());
        assertTrue(unknownAgency.json().asJsonObject().getString("error").contains("tidak-ada"));
        Http.Answer unknownRegister = Http.postBytes(base, imports + "kapal", "text/csv", "a;b\n".getBytes());
        assertEquals(404, unknownRegister.status());
        assertTrue(unknownRegister.json().asJsonObject().getString("error").contains("usaha-mikro"));

        Http.Answer xls = Http.postFile(base, imports + "koperasi?dryRun=true", "lama.xls", "application/vnd.ms-excel",
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, Map.of());
        assertEquals(400, xls.status(), xls.body());
        assertTrue(xls.json().asJsonObject().getString("error").contains(".xls"), xls.body());
        long failed = xls.json().asJsonObject().getJsonNumber("importId").longValue();
        assertEquals("FAILED", Http.get(base, imports + failed).json().asJsonObject().getString("status"), "the file is kept");

        Http.Answer columns = Http.postBytes(base, imports + "ip-asn", "text/csv", "Nama;Tahun\nSiti;2025\n".getBytes());
        assertEquals(400, columns.status(), columns.body());
        JsonObject issue = columns.json().asJsonObject().getJsonArray("issues").getJsonObject(0);
        assertTrue(issue.getString("reason").contains("NIP"), issue.toString());

        assertEquals(400, Http.postFile(base, imports + "koperasi", "x.csv", "text/csv", new byte[0], Map.of()).status());
        Http.Answer notJson = Http.post(base, imports + "999999/confirm", "{}");
        assertEquals(404, notJson.status());
        assertTrue(notJson.json().asJsonObject().getString("error").contains("999999"));

        Http.Answer template = Http.get(base, imports + "templates/koperasi.csv");
        assertEquals(200, template.status());
        assertEquals("Nama Koperasi;Nomor Badan Hukum;Tahun;Tanggal RAT;Volume Usaha;Aset;Catatan",
                template.body().replace("\uFEFF", "").lines().findFirst().orElseThrow());
        Http.File xlsx = Http.download(base, imports + "templates/usaha-mikro.xlsx");
        assertEquals(200, xlsx.status());
        assertEquals('P', xlsx.bytes()[0]);
        assertNotEquals(-1, xlsx.header("Content-Disposition").indexOf("templat-impor-usaha-mikro.xlsx"));
    }

    private String agency(String code) {
        Http.Answer created = Http.post(base, "api/v1/agencies", Json.createObjectBuilder().add("code", code)
                .add("name", "Instansi uji impor " + code).add("level", "KABUPATEN").add("region", "Uji")
                .add("scaleRuleSet", "skala-capaian-beltim").build().toString());
        assertTrue(created.status() == 201 || created.status() == 422, created.body());
        return code;
    }

    private JsonObject cooperativeIndicator() {
        return Http.get(base, INDICATORS).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("KOPERASI_BERKUALITAS")).findFirst().orElseThrow();
    }

    private static void assertCounts(JsonObject preview, int added, int updated, int unchanged, int rejected, int awaiting) {
        JsonObject counts = preview.getJsonObject("counts");
        assertEquals(List.of(added, updated, unchanged, rejected, awaiting), List.of(counts.getInt("added"), counts.getInt("updated"),
                counts.getInt("unchanged"), counts.getInt("rejected"), counts.getInt("awaiting")), preview.toString());
    }

    private static void assertNumber(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()), field + " " + object);
    }

    /** Tabel 3.13 as printed, in an XLSX sheet: every cell as text except the running number. */
    private static byte[] printedTable313() {
        SeedTable313 seed = new SeedTable313();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tabel 3.13");
            List<List<String>> rows = new ArrayList<>();
            rows.add(SeedTable313.HEADER);
            rows.addAll(seed.printed());
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (r > 0 && c == 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells.get(c)));
                    } else if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
