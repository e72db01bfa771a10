package org.akuntabel.registers.microbusiness;

import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MicroBusinessFactsTest {

    private final Agency agency = new Agency("uji", "Dinas Uji", GovernmentLevel.KABUPATEN, null, "skala");

    @Test
    void readsTheCriteriaAndSizeFieldsOfTheRegisterForAReportingYear() throws ReflectiveOperationException {
        MicroBusiness business = stored(new MicroBusiness(agency, "KERIPIK UJI", "Ani", "MANGGAR", "9120301234567", null,
                new Provenance("uji", null, null)), 31);
        business.assess(true, false, null, true, false, true);
        business.size(new BigDecimal("750000000"), null);

        MicroBusinessFacts facts = MicroBusinessFacts.of(business, 2025);
        assertEquals(31, facts.getSubjectId());
        assertEquals(OptionalInt.of(2025), facts.evaluationYear());
        assertEquals(Boolean.TRUE, facts.getFixedCommodity());
        assertEquals(Boolean.FALSE, facts.getFixedPlace());
        assertNull(facts.getFinancialRecords(), "not recorded stays no data");
        assertEquals(Boolean.TRUE, facts.getLegality(), "an NIB is legality");
        assertEquals(new BigDecimal("750000000"), facts.getCapital());
        assertNull(facts.getAnnualSales());
        assertEquals(MicroBusinessFacts.class, FactModel.byKey("usaha-mikro").orElseThrow().getFactClass());
        assertTrue(FactModel.USAHA_MIKRO.isCriteria());
    }

    @Test
    void withoutNibOrNpwpTheRegisterCannotSayThereIsNoLegality() throws ReflectiveOperationException {
        MicroBusiness business = stored(new MicroBusiness(agency, "WARUNG UJI", null, "GANTUNG", null, null, null), 32);
        assertNull(MicroBusinessFacts.of(business, 2025).getLegality());
        assertEquals(Boolean.TRUE, facts(null, "012345678912000", null).getLegality());
        assertEquals(Boolean.FALSE, facts(null, null, false).getLegality());
        IllegalArgumentException contradiction = assertThrows(IllegalArgumentException.class,
                () -> facts("9120301234567", null, false));
        assertTrue(contradiction.getMessage().contains("NIB/NPWP tercatat"), contradiction.getMessage());
    }

    @Test
    void theCanonicalFormChangesWithAnyValueTheRulesRead() {
        MicroBusinessFacts a = facts("9120301234567", null, null);
        assertEquals(a.canonicalForm(), facts("9120301234567", " ", null).canonicalForm());
        assertNotEquals(a.canonicalForm(), facts("9120301234568", null, null).canonicalForm());
        assertNotEquals(a.canonicalForm(), new MicroBusinessFacts(1, "U", "K", 2025, true, true, true, true, true, true,
                "9120301234567", null, null, new BigDecimal("2"), BigDecimal.ONE).canonicalForm());
    }

    @Test
    void theEvidenceOfMovingUpNamesBothFiguresTheCeilingsInForceAndTheirSources() {
        CompiledRuleSet rules = new RuleSetCompiler(getClass().getClassLoader())
                .compile(RuleSetSource.fromClasspath("naik-kelas-usaha-mikro", getClass().getClassLoader()).orElseThrow());
        MicroBusinessFacts grown = new MicroBusinessFacts(40, "KONVEKSI UJI", "MANGGAR", 2025, null, null, null, null, null, null,
                null, null, null, new BigDecimal("1500000000"), null);
        assertEquals("KRITERIA_USAHA_KECIL=MET (Modal usaha Rp 1.500.000.000 (batas usaha mikro Rp 1.000.000.000, PP 7/2021 Pasal 35"
                        + " ayat (3) huruf a); hasil penjualan tahunan tidak ada data (batas usaha mikro Rp 2.000.000.000, PP 7/2021 Pasal 35"
                        + " ayat (5) huruf a): melampaui batas usaha mikro)",
                rules.judge(List.of(grown)).get(40L).get(0).toString());
    }

    private static MicroBusinessFacts facts(String nib, String npwp, Boolean legality) {
        return new MicroBusinessFacts(1, "U", "K", 2025, true, true, true, true, true, true, nib, npwp, legality,
                BigDecimal.ONE, BigDecimal.ONE);
    }

    /** The id JPA would have assigned on persist. */
    private static MicroBusiness stored(MicroBusiness business, long id) throws ReflectiveOperationException {
        Field field = MicroBusiness.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(business, id);
        return business;
    }
}
