package org.akuntabel.reporting.report;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportChartsTest {

    @Test
    void achievementBarsHaveTheirBandColours() throws IOException {
        ReportCharts.Chart chart = ReportCharts.achievement(ReportFixture.indicators());
        BufferedImage image = image(chart);
        assertEquals(ReportCharts.WIDTH * ReportCharts.SCALE, image.getWidth());
        assertEquals(chart.height() * ReportCharts.SCALE, image.getHeight());
        assertTrue(count(image, 0x66BB6A) > 1000, "Memuaskan bars");
        assertTrue(count(image, 0xEF5350) > 100, "Kurang bar (4,85 %)");
        assertTrue(count(image, 0xFFEE58) > 1000, "Cukup Baik bar");
    }

    @Test
    void seriesAndAbsorptionCharts() throws IOException {
        ReportCharts.Chart series = ReportCharts.series(ReportFixture.details().get(4));
        assertEquals(300, series.height());
        image(series);
        ReportCharts.Chart absorption = ReportCharts.absorption(ReportFixture.budget());
        assertTrue(count(image(absorption), 0x2E7D32) > 1000, "absorption bars");
    }

    @Test
    void sameDataGivesSameBytes() {
        assertArrayEquals(ReportCharts.achievement(ReportFixture.indicators()).png(),
                ReportCharts.achievement(ReportFixture.indicators()).png());
        assertArrayEquals(ReportCharts.series(ReportFixture.details().get(0)).png(),
                ReportCharts.series(ReportFixture.details().get(0)).png());
    }

    private static BufferedImage image(ReportCharts.Chart chart) throws IOException {
        byte[] png = chart.png();
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int count(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
