package org.akuntabel.reporting;

import org.akuntabel.evaluation.Measurement;
import org.akuntabel.planning.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedDifferencesTest {

    private static final BandView D = new BandView("D", "Kurang", "#E53935");
    private static final BandView B = new BandView("B", "Baik", "#9CCC65");
    private static final BandView CC = new BandView("CC", "Cukup Baik", "#FDD835");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theSeedsCooperativeFiguresDifferAndTheirLabelContradictsTheScale() {
        Measurement computed = Measurement.ofPercentage(d("4"), d("115"), d("71.79"), Polarity.HIGHER_IS_BETTER);
        PublishedView published = new PublishedView(d("46.96"), d("65.41"), "Cukup Baik", B, "Tabel 3.12");
        assertEquals(List.of(
                "Realisasi: terbit 46,96, dihitung 3,48",
                "Capaian: terbit 65,41, dihitung 4,85",
                "Interpretasi: terbit \"Cukup Baik\", hasil hitungan \"Kurang\"",
                "Label terbit \"Cukup Baik\" bertentangan dengan skala instansi: capaian terbit 65,41 termasuk B \"Baik\""),
                IndicatorResults.differences(computed, D, published));
    }

    @Test
    void figuresThatAgreeShowNoDifference() {
        Measurement computed = Measurement.ofPercentage(d("54"), d("115"), d("71.79"), Polarity.HIGHER_IS_BETTER);
        PublishedView published = new PublishedView(d("46.96"), d("65.41"), "Baik", B, "Tabel 3.12");
        assertEquals(List.of(), IndicatorResults.differences(computed, B, published));
    }

    @Test
    void anEnteredIndicatorIsStillCheckedAgainstTheScale() {
        PublishedView published = new PublishedView(d("46.96"), d("58.00"), "Cukup Baik", CC, "Tabel 3.2");
        assertEquals(List.of(), IndicatorResults.differences(null, null, published));
        PublishedView contradicting = new PublishedView(d("46.96"), d("65.41"), "Cukup Baik", B, "Tabel 3.2");
        assertEquals(1, IndicatorResults.differences(null, null, contradicting).size());
    }

    @Test
    void nothingPublishedNothingToCompare() {
        Measurement computed = Measurement.ofPercentage(d("4"), d("115"), d("71.79"), Polarity.HIGHER_IS_BETTER);
        assertEquals(List.of(), IndicatorResults.differences(computed, D, null));
    }
}
