package org.akuntabel.evaluation;

import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which activation decides the version in force for an agency and year. */
class RuleSetCatalogTest {

    private final Agency beltim = new Agency("beltim", "Dinas Belitung Timur", GovernmentLevel.KABUPATEN, null, "skala-capaian-beltim");
    private final Agency other = new Agency("lain", "Dinas Lain", GovernmentLevel.KOTA, null, "skala-capaian-beltim");

    @Test
    void withoutAnActivationInForceTheShippedVersionApplies() {
        RuleSetActivation from2026 = activation("v2026", 2026, null);
        assertTrue(RuleSetCatalog.choose(List.of(from2026), beltim, 2025).isEmpty(), "2025 keeps the shipped version");
        assertEquals("v2026", RuleSetCatalog.choose(List.of(from2026), beltim, 2027).orElseThrow().getContentHash());
    }

    @Test
    void anAgencysOwnActivationBeatsAGeneralOneAndOnlyForThatAgency() {
        List<RuleSetActivation> newestFirst = List.of(activation("general-2026", 2026, null), activation("beltim-2025", 2025, beltim));
        assertEquals("beltim-2025", RuleSetCatalog.choose(newestFirst, beltim, 2026).orElseThrow().getContentHash());
        assertEquals("general-2026", RuleSetCatalog.choose(newestFirst, other, 2026).orElseThrow().getContentHash());
        assertTrue(RuleSetCatalog.choose(newestFirst, other, 2025).isEmpty());
    }

    @Test
    void theLatestEffectiveYearThenTheNewestActivationDecides() {
        List<RuleSetActivation> newestFirst = List.of(activation("back-to-old", 2025, null), activation("new", 2025, null),
                activation("from-2024", 2024, null), activation("from-2027", 2027, null));
        assertEquals("back-to-old", RuleSetCatalog.choose(newestFirst, beltim, 2026).orElseThrow().getContentHash(),
                "putting an old version back is the newest activation for the same year");
        assertEquals("from-2027", RuleSetCatalog.choose(newestFirst, beltim, 2027).orElseThrow().getContentHash());
        assertEquals("from-2024", RuleSetCatalog.choose(newestFirst, beltim, 2024).orElseThrow().getContentHash());
    }

    private static RuleSetActivation activation(String hash, int from, Agency agency) {
        return new RuleSetActivation("skala-capaian-beltim", hash, from, agency, null, "uji", null);
    }
}
