package org.akuntabel.evaluation.batch;

import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one entity in one column of a batch result, exactly and compactly: one line per finding,
 * {@code criterion-position TAB outcome TAB rule-position TAB evidence}, where the positions refer to the criteria and
 * the rules of the run's rule-set version (stored once with the run) and the evidence is the sentence the rule wrote
 * (tab, newline and backslash escaped). {@link #decode} gives back the very findings {@link #encode} was given.
 */
public final class FindingsCodec {

    private final List<String> criteria;
    private final List<String> rules;
    private final Map<String, Integer> criterionPosition = new HashMap<>();
    private final Map<String, Integer> rulePosition = new HashMap<>();

    public FindingsCodec(List<String> criteria, List<String> rules) {
        this.criteria = List.copyOf(criteria);
        this.rules = List.copyOf(rules);
        this.criteria.forEach(code -> criterionPosition.putIfAbsent(code, criterionPosition.size()));
        for (int i = 0; i < this.rules.size(); i++) {
            rulePosition.putIfAbsent(this.rules.get(i), i);
        }
    }

    public String encode(List<Finding> findings) {
        StringBuilder text = new StringBuilder(findings.size() * 64);
        for (Finding finding : findings) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(position(criterionPosition, finding.getCriterion(), "criterion")).append('\t')
                    .append(letter(finding.getOutcome())).append('\t')
                    .append(position(rulePosition, finding.getRule(), "rule")).append('\t');
            escape(finding.getEvidence(), text);
        }
        return text.toString();
    }

    public List<Finding> decode(String encoded) {
        List<Finding> findings = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return findings;
        }
        for (String line : encoded.split("\n", -1)) {
            String[] parts = line.split("\t", 4);
            if (parts.length != 4) {
                throw new IllegalArgumentException("Not an encoded finding: " + line);
            }
            findings.add(new Finding(criteria.get(Integer.parseInt(parts[0])), outcome(parts[1]),
                    unescape(parts[3]), rules.get(Integer.parseInt(parts[2]))));
        }
        return findings;
    }

    private static int position(Map<String, Integer> positions, String value, String what) {
        Integer position = positions.get(value);
        if (position == null) {
            throw new IllegalArgumentException("The " + what + " '" + value + "' is not one of the rule set's");
        }
        return position;
    }

    private static char letter(Outcome outcome) {
        return switch (outcome) {
            case MET -> 'M';
            case NOT_MET -> 'N';
            case NO_DATA -> 'D';
        };
    }

    private static Outcome outcome(String letter) {
        return switch (letter) {
            case "M" -> Outcome.MET;
            case "N" -> Outcome.NOT_MET;
            case "D" -> Outcome.NO_DATA;
            default -> throw new IllegalArgumentException("Not an outcome: " + letter);
        };
    }

    private static void escape(String text, StringBuilder into) {
        if (text.indexOf('\\') < 0 && text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && text.indexOf('\r') < 0) {
            into.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> into.append("\\\\");
                case '\n' -> into.append("\\n");
                case '\t' -> into.append("\\t");
                case '\r' -> into.append("\\r");
                default -> into.append(c);
            }
        }
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
