package org.foiplatform.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The PNG chart: latency (ms; p50, p95, p99) against offered rate for the intake steps and the end-to-end steps; below
 * it, when the disclosure-search step ran, the search's p50, p95 and p99 by kind against the 100 ms target.
 */
final class Chart {

    private static final double FLOOR_MS = 0.1;

    private Chart() {
    }

    /** Writes the chart; false if there is nothing to draw. */
    static boolean write(JsonNode root, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> percentiles = List.of("p50", "p95", "p99");
        for (String p : percentiles) {
            XYSeries series = new XYSeries("Intake " + p, true, false);
            for (JsonNode step : Json.at(root, "intake", "steps")) {
                add(series, step.path("offeredRate").asDouble(), Json.number(step, p + "Ms"));
            }
            if (series.getItemCount() > 0) {
                data.addSeries(series);
            }
        }
        for (String p : percentiles) {
            XYSeries series = new XYSeries("End to end " + p, true, false);
            for (JsonNode step : Json.at(root, "end-to-end", "steps")) {
                add(series, step.path("offeredRate").asDouble(), Json.number(step, p + "Ms"));
            }
            // The longer fixed-rate run stands for its rate.
            JsonNode fixed = Json.at(root, "end-to-end", "fixed");
            if (fixed.has("offeredRate")) {
                add(series, fixed.path("offeredRate").asDouble(), Json.number(fixed, p + "Ms"));
            }
            if (series.getItemCount() > 0) {
                data.addSeries(series);
            }
        }
        JFreeChart search = searchChart(root);
        if (data.getSeriesCount() == 0) {
            if (search == null) {
                return false;
            }
            ChartUtils.saveChartAsPNG(png.toFile(), search, 1000, 600);
            return true;
        }
        JFreeChart chart = ChartFactory.createXYLineChart("FOI platform: latency against offered rate",
                "Offered rate (requests a second)", "Latency (ms)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis latency = new LogAxis("Latency (ms, logarithmic)");
        latency.setBase(10);
        latency.setSmallestValue(FLOOR_MS);
        latency.setAutoTickUnitSelection(false);
        latency.setTickUnit(new NumberTickUnit(1)); // one tick a power of ten
        latency.setNumberFormatOverride(new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)));
        plot.setRangeAxis(latency);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0xd62728)};
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String key = data.getSeriesKey(i).toString();
            int shade = key.endsWith("p50") ? 0 : key.endsWith("p95") ? 1 : 2;
            renderer.setSeriesPaint(i, colours[shade]);
            renderer.setSeriesStroke(i, key.startsWith("End to end")
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        if (search == null) {
            ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 600);
            return true;
        }
        // Both: the latency against offered rate above, the search by kind below, in one picture.
        BufferedImage image = new BufferedImage(1000, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, 1000, 600));
            search.draw(g, new Rectangle2D.Double(0, 600, 1000, 600));
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
        return true;
    }

    /** The disclosure log search: p50, p95 and p99 of each kind, beside the 100 ms target; null if not measured. */
    static JFreeChart searchChart(JsonNode root) {
        JsonNode kinds = Json.at(root, "disclosure-search", "kinds");
        if (!kinds.isArray() || kinds.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (JsonNode kind : kinds) {
            for (String p : List.of("p50", "p95", "p99")) {
                double ms = Json.number(kind, p + "Ms");
                if (!Double.isNaN(ms)) {
                    data.addValue(ms, p, kind.path("kind").asText());
                }
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(String.format(Locale.UK,
                "Disclosure log search over %,.0f entries, by kind (target: p95 under %.0f ms)",
                Json.number(root, "disclosure-search", "entries"), DisclosureSearchStep.TARGET_P95_MS),
                "Kind of search", "Latency (ms)", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker target = new ValueMarker(DisclosureSearchStep.TARGET_P95_MS, new Color(0x2ca02c), new BasicStroke(2f));
        target.setLabel("100 ms target");
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        Color[] colours = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0xd62728)};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        return chart;
    }

    private static void add(XYSeries series, double rate, double ms) {
        if (!Double.isNaN(ms) && rate > 0) {
            series.addOrUpdate(rate, Math.max(FLOOR_MS, ms));
        }
    }
}
