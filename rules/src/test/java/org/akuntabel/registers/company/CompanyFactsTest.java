package org.akuntabel.registers.company;

import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompanyFactsTest {

    private final Agency agency = new Agency("uji", "Dinas Uji", GovernmentLevel.KABUPATEN, null, "skala");

    @Test
    void theFactsCarryTheReportingYearTheyAreJudgedForButTheDigestDoesNot() throws ReflectiveOperationException {
        Company company = new Company(agency, "CV KECIL", "Perdagangan", 8, false, null, false, null, true, 8,
                new Provenance("uji", null, null));
        Field id = Company.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(company, 8L);
        CompanyFacts facts = CompanyFacts.of(company, 2025);
        assertEquals(2025, facts.getReportingYear());
        assertEquals(OptionalInt.of(2025), facts.evaluationYear());
        assertEquals(OptionalInt.empty(), CompanyFacts.of(company).evaluationYear());
        assertEquals(CompanyFacts.of(company).canonicalForm(), facts.canonicalForm());
    }

    @Test
    void theEvidenceOfAnElementACompanyIsNotObligedToHaveNamesTheThresholdAndItsSource() {
        CompiledRuleSet rules = new RuleSetCompiler(getClass().getClassLoader())
                .compile(RuleSetSource.fromClasspath("perusahaan-layak", getClass().getClassLoader()).orElseThrow());
        CompanyFacts small = new CompanyFacts(8, "CV KECIL", 8, false, null, null, null, true, 8, 2025);
        CompanyFacts large = new CompanyFacts(9, "PT BESAR", 120, false, null, false, null, true, 120, 2025);
        assertEquals(List.of(
                "PP_PKB=MET (Tidak wajib membuat PP: 8 pekerja, kurang dari 10 orang (UU 13/2003 Pasal 108 ayat (1)))",
                "LKS_BIPARTIT=MET (Tidak wajib membentuk LKS Bipartit: 8 pekerja, kurang dari 50 orang (UU 13/2003 Pasal 106 ayat (1)))",
                "STRUKTUR_SKALA_UPAH=MET (Struktur dan skala upah tercatat ada)",
                "BPJS_KETENAGAKERJAAN=MET (Peserta BPJS Ketenagakerjaan: 8 dari 8 pekerja)"),
                rules.judge(List.of(small)).get(8L).stream().map(CriterionFinding::toString).toList());
        assertEquals(List.of(
                "PP_PKB=NOT_MET (Tidak memiliki Peraturan Perusahaan maupun PKB, padahal mempekerjakan 120 orang (wajib mulai 10 orang,"
                        + " UU 13/2003 Pasal 108 ayat (1)))",
                "LKS_BIPARTIT=NOT_MET (Tidak memiliki LKS Bipartit, padahal mempekerjakan 120 orang (wajib mulai 50 orang,"
                        + " UU 13/2003 Pasal 106 ayat (1)))"),
                rules.judge(List.of(large)).get(9L).stream().limit(2).map(CriterionFinding::toString).toList());
    }
}
