package org.akuntabel.evaluation.scale;

import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A scale's bands with their ranges in words, read from the scale itself: the boundaries its rules compare
 * with, and which band each boundary and each stretch between two boundaries falls in. For the report's
 * scale table, so the table can never disagree with the rules that band the figures.
 */
public final class ScaleDescription {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** A band and its range, e.g. {@code > 75 s.d. ≤ 85}. */
    public record BandRange(String code, String label, String colour, String range) {
    }

    private ScaleDescription() {
    }

    public static List<BandRange> describe(CompiledRuleSet scale) {
        NavigableSet<BigDecimal> bounds = new TreeSet<>(ScaleVerification.boundaries(scale.getSource().text()));
        bounds.add(BigDecimal.ZERO);
        List<BigDecimal> points = new ArrayList<>(bounds);
        // probes: each boundary, and the middle of each stretch (plus one beyond the last boundary)
        record Probe(BigDecimal value, boolean boundary, Optional<BandAssignment> band) {
        }
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            BigDecimal b = points.get(i);
            probes.add(new Probe(b, true, scale.band(b)));
            BigDecimal next = i + 1 < points.size() ? points.get(i + 1) : b.add(BigDecimal.TEN);
            probes.add(new Probe(b.add(next).divide(TWO), false, scale.band(b.add(next).divide(TWO))));
        }
        Map<String, List<Probe>> byBand = new LinkedHashMap<>();
        Map<String, BandAssignment> bands = new LinkedHashMap<>();
        for (Probe p : probes) {
            p.band().ifPresent(band -> {
                byBand.computeIfAbsent(band.getCode(), k -> new ArrayList<>()).add(p);
                bands.putIfAbsent(band.getCode(), band);
            });
        }
        List<BandRange> ranges = new ArrayList<>();
        for (Map.Entry<String, List<Probe>> entry : byBand.entrySet()) {
            List<Probe> in = entry.getValue();
            Probe first = in.get(0);
            Probe last = in.get(in.size() - 1);
            String lower = first.boundary() ? "≥ " + number(first.value())
                    : "> " + number(points.get(Math.max(0, points.indexOf(lower(points, first.value())))));
            String upper;
            if (last == probes.get(probes.size() - 1)) {
                upper = null;                                   // nothing above bands differently
            } else if (last.boundary()) {
                upper = "≤ " + number(last.value());
            } else {
                upper = "< " + number(points.get(points.indexOf(lower(points, last.value())) + 1));
            }
            BandAssignment band = bands.get(entry.getKey());
            ranges.add(new BandRange(band.getCode(), band.getLabel(), band.getColour(), upper == null ? lower : lower + " s.d. " + upper));
        }
        return ranges;
    }

    private static BigDecimal lower(List<BigDecimal> points, BigDecimal value) {
        BigDecimal result = points.get(0);
        for (BigDecimal p : points) {
            if (p.compareTo(value) <= 0) {
                result = p;
            }
        }
        return result;
    }

    private static String number(BigDecimal value) {
        return IndonesianFormat.number(value, 2);
    }
}
