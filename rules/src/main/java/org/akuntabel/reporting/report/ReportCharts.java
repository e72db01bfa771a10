package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.ReportModel.BudgetRow;
import org.akuntabel.reporting.report.ReportModel.IndicatorDetail;
import org.akuntabel.reporting.report.ReportModel.IndicatorRow;
import org.akuntabel.reporting.report.ReportModel.SeriesPoint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's charts as PNG images, drawn headless with JFreeChart and only the JDK's logical fonts
 * ({@code SansSerif}), with Indonesian number formats. The same images go into the PDF and the DOCX. Drawing the
 * same data twice gives the same bytes.
 */
public final class ReportCharts {

    /** Width of every chart, in points (the image has {@value #SCALE}× as many pixels). */
    public static final int WIDTH = 640;
    /** Pixels per point, so the charts stay sharp in print. */
    public static final int SCALE = 2;

    private static final String FONT = Font.SANS_SERIF;
    private static final Color AXIS_GREY = new Color(0x60, 0x60, 0x60);
    private static final Color GRID_GREY = new Color(0xD0, 0xD0, 0xD0);
    private static final Color TARGET_COLOUR = new Color(0x8C, 0x8C, 0x8C);
    private static final Color REALISATION_COLOUR = new Color(0x1F, 0x5F, 0x99);
    private static final Color ABSORPTION_COLOUR = new Color(0x2E, 0x7D, 0x32);
    private static final Color PERFORMANCE_COLOUR = new Color(0x15, 0x65, 0xC0);
    private static final Color DEFAULT_BAR = new Color(0x60, 0x7D, 0x8B);
    private static final int MAX_LABEL = 48;

    static {
        // charts are drawn on servers without a display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A chart image.
     *
     * @param png    the PNG bytes
     * @param width  the drawing width in points
     * @param height the drawing height in points
     */
    public record Chart(byte[] png, int width, int height) {
    }

    private ReportCharts() {
    }

    /**
     * (a) The achievement (capaian, %) of each indicator as a horizontal bar in its band's colour, with the 100 %
     * line.
     */
    public static Chart achievement(List<IndicatorRow> indicators) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> keys = new HashSet<>();
        Paint[] colours = new Paint[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            data.addValue(number(row.achievement()), "Capaian", unique(keys, row.code()));
            colours[i] = colour(row.bandColour(), DEFAULT_BAR);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Capaian (%)", data, PlotOrientation.HORIZONTAL,
                false, false, false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column < colours.length ? colours[column] : DEFAULT_BAR;
            }
        };
        bars(renderer);
        plot.setRenderer(renderer);
        ValueMarker full = new ValueMarker(100, AXIS_GREY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[]{4f, 3f}, 0f));
        full.setLabel("100%");
        full.setLabelFont(new Font(FONT, Font.PLAIN, 10));
        full.setLabelPaint(AXIS_GREY);
        full.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        full.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(full);
        percentAxis(plot, 100);
        return png(chart, WIDTH, barHeight(indicators.size()));
    }

    /** (b) An indicator's targets and realisations over the years, as two lines. */
    public static Chart series(IndicatorDetail detail) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SeriesPoint point : detail.series()) {
            String year = Integer.toString(point.year());
            data.addValue(number(point.target()), "Target", year);
            data.addValue(number(point.realisation()), "Realisasi", year);
        }
        String unit = detail.unit() == null || detail.unit().isBlank() ? "Nilai" : detail.unit();
        JFreeChart chart = ChartFactory.createLineChart(null, "Tahun", unit, data, PlotOrientation.VERTICAL,
                true, false, false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TARGET_COLOUR);
        renderer.setSeriesPaint(1, REALISATION_COLOUR);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[]{6f, 4f}, 0f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", indonesian()));
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 10));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
                TextAnchor.TOP_CENTER));
        plot.setRenderer(renderer);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(indonesian());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.15);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return png(chart, WIDTH, 300);
    }

    /**
     * (c) Budget absorption (penyerapan, %) of each sasaran: the level-0 rows of the budget; beside it the sasaran's
     * capaian kinerja where the budget rows carry it.
     */
    public static Chart absorption(List<BudgetRow> budget) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> keys = new HashSet<>();
        boolean performance = budget.stream().anyMatch(r -> r.level() == 0 && r.performance() != null);
        int bars = 0;
        for (BudgetRow row : budget) {
            if (row.level() == 0) {
                bars += performance ? 2 : 1;
                String key = unique(keys, shorten(row.name()));
                data.addValue(number(row.absorption()), "Penyerapan anggaran", key);
                if (performance) {
                    data.addValue(number(row.performance()), "Capaian kinerja", key);
                }
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, performance ? "Persen (%)" : "Penyerapan anggaran (%)", data,
                PlotOrientation.HORIZONTAL, performance, false, false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer();
        bars(renderer);
        renderer.setSeriesPaint(0, ABSORPTION_COLOUR);
        renderer.setSeriesPaint(1, PERFORMANCE_COLOUR);
        plot.setRenderer(renderer);
        percentAxis(plot, 100);
        return png(chart, WIDTH, barHeight(bars));
    }

    private static int barHeight(int bars) {
        return Math.max(160, Math.min(520, 70 + 38 * bars));
    }

    private static void bars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", indonesian()));
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
    }

    /** A percentage axis that always shows 0 to at least {@code atLeast}, with room for the bar labels. */
    private static void percentAxis(CategoryPlot plot, double atLeast) {
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(indonesian());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        double max = 0;
        for (int r = 0; r < plot.getDataset().getRowCount(); r++) {
            for (int c = 0; c < plot.getDataset().getColumnCount(); c++) {
                Number value = plot.getDataset().getValue(r, c);
                if (value != null) {
                    max = Math.max(max, value.doubleValue());
                }
            }
        }
        axis.setRange(0, Math.max(atLeast, max) * 1.15);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
    }

    /** Fonts, colours and plain bars; only the JDK's logical font {@code SansSerif}. */
    private static void theme(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("Akuntabel", false);
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 12));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 11));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID_GREY);
        theme.setDomainGridlinePaint(GRID_GREY);
        theme.setAxisLabelPaint(AXIS_GREY);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
    }

    /** Draws the chart at {@value #SCALE}× and encodes it as PNG, in memory (no image cache files). */
    private static Chart png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Chart(bytes.toByteArray(), width, height);
    }

    /** {@code 1.234,56}: the axis and bar labels as Indonesian documents print numbers. */
    private static NumberFormat indonesian() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols);
    }

    private static Number number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** {@code #RRGGBB} as a colour, or the fallback when absent or malformed. */
    static Color colour(String hex, Color fallback) {
        String digits = ReportContent.hex(hex);
        return digits == null ? fallback : new Color(Integer.parseInt(digits, 16));
    }

    private static String shorten(String label) {
        String text = label == null ? "" : label.strip();
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).stripTrailing() + "…";
    }

    /** Category keys must be unique; a repeated label gets a suffix. */
    private static String unique(Set<String> keys, String label) {
        String key = label == null || label.isBlank() ? "-" : label;
        int n = 2;
        String candidate = key;
        while (!keys.add(candidate)) {
            candidate = key + " (" + n++ + ")";
        }
        return candidate;
    }
}
