package org.akuntabel.evaluation.batch;

import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindingsCodecTest {

    private final FindingsCodec codec = new FindingsCodec(List.of("RAT_TAHUN_BERJALAN", "VOLUME_USAHA_NAIK"),
            List.of("k.drl: RAT terpenuhi", "k.drl: RAT tidak ada data", "k.drl: volume tidak terpenuhi"));

    @Test
    void givesBackExactlyTheFindingsItWasGivenAsPositionsAndEvidence() {
        List<Finding> findings = List.of(
                new Finding("RAT_TAHUN_BERJALAN", Outcome.NO_DATA, "Tanggal RAT tahun 2025 tidak tercatat di register", "k.drl: RAT tidak ada data"),
                new Finding("VOLUME_USAHA_NAIK", Outcome.NOT_MET, "Volume usaha 2024 → 2025: Rp 2.473.368.099 → Rp 2.419.875.570 (tidak naik)",
                        "k.drl: volume tidak terpenuhi"));
        String encoded = codec.encode(findings);
        assertEquals("0\tD\t1\tTanggal RAT tahun 2025 tidak tercatat di register\n"
                + "1\tN\t2\tVolume usaha 2024 → 2025: Rp 2.473.368.099 → Rp 2.419.875.570 (tidak naik)", encoded);
        assertSame(findings, codec.decode(encoded));
    }

    @Test
    void evidenceWithTabsNewlinesAndBackslashesSurvives() {
        List<Finding> findings = List.of(new Finding("RAT_TAHUN_BERJALAN", Outcome.MET, "a\tb\nc\\n d\\\r", "k.drl: RAT terpenuhi"));
        String encoded = codec.encode(findings);
        assertEquals(1, encoded.split("\n").length, encoded);
        assertSame(findings, codec.decode(encoded));
    }

    @Test
    void refusesAFindingOfACriterionOrRuleTheRuleSetDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> codec.encode(List.of(
                new Finding("ASET_NAIK", Outcome.MET, "x", "k.drl: RAT terpenuhi"))));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(List.of(
                new Finding("RAT_TAHUN_BERJALAN", Outcome.MET, "x", "lain.drl: aturan lain"))));
    }

    private static void assertSame(List<Finding> expected, List<Finding> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).getCriterion(), actual.get(i).getCriterion());
            assertEquals(expected.get(i).getOutcome(), actual.get(i).getOutcome());
            assertEquals(expected.get(i).getEvidence(), actual.get(i).getEvidence());
            assertEquals(expected.get(i).getRule(), actual.get(i).getRule());
        }
    }
}
