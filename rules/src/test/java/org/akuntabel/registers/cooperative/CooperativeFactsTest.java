package org.akuntabel.registers.cooperative;

import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CooperativeFactsTest {

    private final Agency agency = new Agency("uji", "Dinas Uji", GovernmentLevel.KABUPATEN, null, "skala");
    private final Provenance source = new Provenance("uji", "Tabel 1", null);

    @Test
    void readsTheReportingYearAndTheYearBefore() throws Exception {
        Cooperative cooperative = stored(new Cooperative(agency, "KOPERASI UJI", null, CooperativeStatus.AKTIF, source), 12);
        cooperative.yearRecord(2024).record(LocalDate.of(2024, 3, 9), new BigDecimal("100"), new BigDecimal("50"), source);
        cooperative.yearRecord(2025).record(LocalDate.of(2025, 2, 12), new BigDecimal("120"), null, source);

        CooperativeFacts facts = CooperativeFacts.of(cooperative, 2025);
        assertEquals(12, facts.getSubjectId());
        assertEquals(2025, facts.getReportingYear());
        assertEquals(2024, facts.getPreviousYear());
        assertEquals(2025, facts.getRatYear());
        assertEquals(new BigDecimal("100"), facts.getPreviousBusinessVolume());
        assertEquals(new BigDecimal("120"), facts.getBusinessVolume());
        assertEquals(new BigDecimal("50"), facts.getPreviousAssets());
        assertNull(facts.getAssets(), "a blank cell stays missing, not zero");
    }

    @Test
    void readsTheRatDatesOfTheTwoYearsBeforeForTheThreeYearRecord() throws Exception {
        Cooperative cooperative = stored(new Cooperative(agency, "KOPERASI TIGA TAHUN", null, CooperativeStatus.AKTIF, source), 14);
        cooperative.yearRecord(2023).record(LocalDate.of(2023, 3, 1), null, null, source);
        cooperative.yearRecord(2024).record(LocalDate.of(2025, 1, 20), null, null, source);
        cooperative.yearRecord(2025).record(LocalDate.of(2025, 3, 2), new BigDecimal("10"), null, source);
        CooperativeFacts facts = CooperativeFacts.of(cooperative, 2025);
        assertEquals(LocalDate.of(2023, 3, 1), facts.getRatDateTwoYearsAgo());
        assertEquals(2023, facts.getYearTwoYearsAgo());
        assertEquals(2023, facts.getRatYearTwoYearsAgo());
        assertEquals(LocalDate.of(2025, 1, 20), facts.getPreviousRatDate());
        assertEquals(2025, facts.getPreviousRatYear(), "the year of the date, whatever record it is in");
        assertEquals(OptionalInt.of(2025), facts.evaluationYear());
        assertNull(CooperativeFacts.of(cooperative, 2024).getRatDateTwoYearsAgo(), "no 2022 record");

        CompiledRuleSet aktif = new RuleSetCompiler(getClass().getClassLoader())
                .compile(RuleSetSource.fromClasspath("koperasi-aktif", getClass().getClassLoader()).orElseThrow());
        assertEquals(List.of("RAT_TIGA_TAHUN_BERTURUT=NOT_MET (RAT tercatat untuk 2023: 1 Maret 2023; 2024: 20 Januari 2025;"
                        + " 2025: 2 Maret 2025: ada tanggal di luar tahunnya, jadi tidak berturut-turut)",
                        "USAHA_BERJALAN=MET (Volume usaha 2025: Rp 10 (usaha berjalan))"),
                aktif.judge(List.of(facts)).get(14L).stream().map(CriterionFinding::toString).toList());
    }

    @Test
    void aYearWithoutARecordGivesNoValues() throws Exception {
        Cooperative cooperative = stored(new Cooperative(agency, "KOPERASI BARU", null, CooperativeStatus.AKTIF, source), 13);
        cooperative.yearRecord(2025).record(LocalDate.of(2025, 5, 1), new BigDecimal("10"), new BigDecimal("10"), source);
        CooperativeFacts facts = CooperativeFacts.of(cooperative, 2025);
        assertNull(facts.getPreviousBusinessVolume());
        assertNull(facts.getPreviousAssets());
        assertNull(facts.getPreviousRatDate());
        assertNull(facts.getPreviousRatYear());
    }

    /** The id JPA would have assigned on persist. */
    private static Cooperative stored(Cooperative cooperative, long id) throws ReflectiveOperationException {
        Field field = Cooperative.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(cooperative, id);
        return cooperative;
    }

    @Test
    void theCanonicalFormChangesWithAnyValueTheRulesRead() {
        CooperativeFacts a = new CooperativeFacts(1, "K", 2025, LocalDate.of(2025, 1, 1), new BigDecimal("1"),
                new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));
        CooperativeFacts sameValue = new CooperativeFacts(1, "K", 2025, LocalDate.of(2025, 1, 1), new BigDecimal("1.00"),
                new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));
        CooperativeFacts otherAssets = new CooperativeFacts(1, "K", 2025, LocalDate.of(2025, 1, 1), new BigDecimal("1"),
                new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("5"));
        assertEquals(a.canonicalForm(), sameValue.canonicalForm());
        assertNotEquals(a.canonicalForm(), otherAssets.canonicalForm());
        CooperativeFacts earlierRat = new CooperativeFacts(1, "K", 2025, LocalDate.of(2025, 1, 1), null, LocalDate.of(2023, 5, 5),
                new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));
        assertNotEquals(a.canonicalForm(), earlierRat.canonicalForm());
    }
}
