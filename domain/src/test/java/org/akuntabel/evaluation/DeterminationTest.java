package org.akuntabel.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminationTest {

    private static final List<String> CRITERIA = List.of("RAT", "VOLUME", "ASET");

    private static Finding finding(String criterion, Outcome outcome) {
        return new Finding(criterion, outcome, "bukti", "aturan");
    }

    @Test
    void countsWhenEveryCriterionIsMet() {
        assertTrue(Determination.counts(CRITERIA, List.of(finding("RAT", Outcome.MET), finding("VOLUME", Outcome.MET),
                finding("ASET", Outcome.MET))));
    }

    @Test
    void doesNotCountWhenOneCriterionIsNotMet() {
        assertFalse(Determination.counts(CRITERIA, List.of(finding("RAT", Outcome.MET), finding("VOLUME", Outcome.NOT_MET),
                finding("ASET", Outcome.MET))));
    }

    @Test
    void noDataNeverCounts() {
        assertFalse(Determination.counts(CRITERIA, List.of(finding("RAT", Outcome.MET), finding("VOLUME", Outcome.NO_DATA),
                finding("ASET", Outcome.MET))));
    }

    @Test
    void aCriterionWithoutAFindingDoesNotCount() {
        assertFalse(Determination.counts(CRITERIA, List.of(finding("RAT", Outcome.MET), finding("ASET", Outcome.MET))));
    }

    @Test
    void aRuleSetWithoutCriteriaCountsNothing() {
        assertFalse(Determination.counts(List.of(), List.of()));
    }
}
