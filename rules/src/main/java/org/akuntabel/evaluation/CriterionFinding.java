package org.akuntabel.evaluation;

import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a criterion rule records about one subject: the criterion code, the outcome and the evidence.
 * The evidence is written in the rule file as a sentence with placeholders filled from the values the
 * rule bound: {@code "Volume usaha {0} → {1}: {2,rupiah} → {3,rupiah} (naik)"}. Placeholders:
 * {@code {n}} (years and counts as written, amounts with Indonesian separators, dates as
 * "12 Februari 2025") and {@code {n,rupiah}} ("Rp 31.781.794.203"). A missing value reads
 * "tidak ada data". The rule that inserted the finding is stamped on it by the engine.
 */
public final class CriterionFinding {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,rupiah)?}");

    private final Subject subject;
    private final String criterion;
    private final Outcome outcome;
    private final String evidence;
    private String rule;
    private int criterionPosition = Integer.MAX_VALUE;

    public CriterionFinding(Subject subject, String criterion, Outcome outcome, String evidenceTemplate, Object... values) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.evidence = fill(evidenceTemplate, values == null ? List.of() : Arrays.asList(values));
    }

    static String fill(String template, List<Object> values) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index >= values.size()) {
                throw new IllegalArgumentException("Evidence placeholder {" + index + "} has no value in: " + template);
            }
            String value = format(values.get(index), matcher.group(2) != null);
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static String format(Object value, boolean rupiah) {
        if (value == null) {
            return "tidak ada data";
        }
        if (rupiah && value instanceof BigDecimal amount) {
            return IndonesianFormat.rupiah(amount);
        }
        if (value instanceof BigDecimal number) {
            return IndonesianFormat.number(number, 3);
        }
        if (value instanceof LocalDate date) {
            return IndonesianFormat.date(date);
        }
        return String.valueOf(value);
    }

    /**
     * Stamped by the engine when the finding is inserted (the first insert counts): the rule that recorded it, and where its
     * criterion comes in the rule set's list of criteria (for ordering an entity's findings without a lookup by code).
     */
    void stamp(String rule, int criterionPosition) {
        if (this.rule == null) {
            this.rule = rule;
            this.criterionPosition = criterionPosition;
        }
    }

    boolean isStamped() {
        return rule != null;
    }

    int criterionPosition() {
        return criterionPosition;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getCriterion() {
        return criterion;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getEvidence() {
        return evidence;
    }

    /** {@code rule-set/file.drl: rule name}. */
    public String getRule() {
        return rule;
    }

    public Finding toFinding() {
        return new Finding(criterion, outcome, evidence, rule);
    }

    @Override
    public String toString() {
        return criterion + "=" + outcome + " (" + evidence + ")";
    }
}
