package org.akuntabel.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetParametersTest {

    private static final String BATAS = """
            {"parameters": [
              {"code": "BATAS_MODAL_USAHA_MIKRO", "description": "Batas atas modal usaha mikro", "unit": "rupiah",
               "values": [{"from": 2008, "value": 50000000, "source": "UU 20/2008 Pasal 6 ayat (1) huruf a"},
                          {"from": 2021, "value": 1000000000, "source": "PP 7/2021 Pasal 35 ayat (3) huruf a"}]},
              {"code": "AMBANG", "description": "Ambang", "values": [{"from": 2003, "value": 10, "source": "UU 13/2003"}]}
            ]}
            """;

    @Test
    void theValueInForceIsTheOneWithTheLatestFromNotAfterTheYear() {
        RuleSetParameters parameters = RuleSetParameters.parse("uji", BATAS);
        assertEquals(List.of("BATAS_MODAL_USAHA_MIKRO", "AMBANG"), List.copyOf(parameters.codes()));
        assertEquals(new BigDecimal("50000000"), value(parameters.effectiveFor("uji", 2020), 0));
        assertEquals(new BigDecimal("1000000000"), value(parameters.effectiveFor("uji", 2021), 0));
        assertEquals(new BigDecimal("1000000000"), value(parameters.effectiveFor("uji", 2030), 0));
        Parameter inForce = parameters.effectiveFor("uji", 2025).get(0);
        assertEquals(2021, inForce.getEffectiveFrom());
        assertEquals("PP 7/2021 Pasal 35 ayat (3) huruf a", inForce.getSource());
        assertEquals(new BigDecimal("10"), value(parameters.effectiveFor("uji", 2025), 1));
    }

    @Test
    void aYearBeforeTheFirstValueIsAnErrorNotADefault() {
        RuleSetException error = assertThrows(RuleSetException.class,
                () -> RuleSetParameters.parse("uji", BATAS).effectiveFor("uji", 2005));
        assertEquals(List.of("parameters.json: parameter BATAS_MODAL_USAHA_MIKRO tidak punya nilai untuk tahun 2005 (nilai pertama"
                + " berlaku mulai 2008)"), error.getMessages().stream().map(RuleMessage::message).toList());
    }

    @Test
    void noFileMeansNoParameters() {
        assertSame(RuleSetParameters.NONE, RuleSetParameters.parse("uji", null));
        assertEquals(List.of(), RuleSetParameters.NONE.effectiveFor("uji", 1990));
    }

    @Test
    void everyProblemIsNamedWithItsJsonPath() {
        List<String> problems = RuleSetParameters.problems("""
                {"parameters": [
                  {"code": "ambang pp", "description": "", "unti": "orang",
                   "values": [{"from": 2021, "value": "10", "source": "UU 13/2003"},
                              {"from": 2003, "value": 10, "source": " "},
                              {"from": 2003.5, "value": 10, "source": "x"}]},
                  {"code": "B", "description": "b", "values": []},
                  {"code": "C", "description": "c", "values": [{"from": 2003, "value": 1, "source": "x"}]},
                  {"code": "C", "description": "c lagi", "values": [{"from": 2003, "value": 2, "source": "x"}]},
                  "D"
                ], "catatan": "x"}
                """).stream().map(RuleMessage::message).toList();
        assertEquals(List.of(
                "parameters.json, catatan: kunci tidak dikenal (yang dikenal: parameters)",
                "parameters.json, parameters[0].unti: kunci tidak dikenal (yang dikenal: code, description, unit, values)",
                "parameters.json, parameters[0].code: \"ambang pp\" tidak sah: hanya huruf besar, angka dan garis bawah, diawali huruf"
                        + " (mis. AMBANG_PP_PEKERJA)",
                "parameters.json, parameters[0].description: wajib diisi: jelaskan arti parameter ini",
                "parameters.json, parameters[0].values[0].value: wajib berupa angka tanpa tanda kutip, mis. 10 atau 1000000000"
                        + " (tertulis \"10\")",
                "parameters.json, parameters[0].values[1].from: tahun 2003 harus sesudah tahun nilai sebelumnya (2021): tulis nilai"
                        + " dari yang terlama, satu nilai per tahun mulai berlaku",
                "parameters.json, parameters[0].values[1].source: wajib diisi: sebutkan dasar nilainya, mis. \"UU 13/2003 Pasal 108"
                        + " ayat (1)\"",
                "parameters.json, parameters[0].values[2].from: wajib berupa tahun pelaporan pertama berlakunya nilai, bilangan bulat"
                        + " 1900–2100 (tertulis 2003.5)",
                "parameters.json, parameters[1].values: wajib berisi sedikitnya satu nilai {\"from\": tahun, \"value\": angka,"
                        + " \"source\": dasar hukum}",
                "parameters.json, parameters[3].code: kode \"C\" sudah dipakai di parameters[2]; setiap parameter hanya boleh ditulis"
                        + " sekali, dengan semua nilainya di \"values\"",
                "parameters.json, parameters[4]: harus berupa objek {\"code\": …, \"description\": …, \"values\": [ … ]}"),
                problems);
    }

    @Test
    void aFileThatIsNotJsonOrNotTheExpectedShapeIsNamedAsSuch() {
        assertTrue(RuleSetParameters.problems("{\"parameters\": [").get(0).message().startsWith("parameters.json: bukan JSON yang sah"));
        assertEquals(List.of("parameters.json: harus berupa objek {\"parameters\": [ … ]}"),
                RuleSetParameters.problems("[]").stream().map(RuleMessage::message).toList());
        assertEquals(List.of("parameters.json, parameters: wajib ada dan berupa daftar [ … ]"),
                RuleSetParameters.problems("{}").stream().map(RuleMessage::message).toList());
        RuleSetException error = assertThrows(RuleSetException.class, () -> RuleSetParameters.parse("uji", "{}"));
        assertTrue(error.getMessage().startsWith("Aturan 'uji' tidak sah: baris 0: parameters.json, parameters:"), error.getMessage());
    }

    private static BigDecimal value(List<Parameter> parameters, int index) {
        return parameters.get(index).getValue();
    }
}
