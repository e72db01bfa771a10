package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.Block.ListItem;
import org.akuntabel.reporting.report.Block.Paragraph;
import org.akuntabel.reporting.report.Block.Run;
import org.akuntabel.reporting.report.Block.Style;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a narrative's safe markup into report blocks. The markup is parsed by a real HTML parser (jsoup), never
 * matched with patterns, and only this subset means something: {@code p}, {@code strong}/{@code b},
 * {@code em}/{@code i}, {@code ul}, {@code ol}, {@code li}, {@code br}. Any other element contributes its text only
 * (a block element such as {@code div} or {@code h1} still ends the paragraph before it); attributes are ignored, so
 * {@code <img onerror=…>} gives nothing; the content of {@code script}, {@code style} and similar elements is
 * code, not text, and is dropped.
 */
public final class NarrativeMarkup {

    /** Elements whose content is never shown. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "iframe", "object",
            "embed", "svg", "math", "head", "title");

    private final List<Block> blocks = new ArrayList<>();
    private final List<Run> current = new ArrayList<>();

    private NarrativeMarkup() {
    }

    /**
     * The blocks of a narrative: paragraphs and list items, in order. Empty when the markup is {@code null}, blank
     * or has no visible text.
     */
    public static List<Block> parse(String markup) {
        if (markup == null || markup.isBlank()) {
            return List.of();
        }
        NarrativeMarkup converter = new NarrativeMarkup();
        Element body = Jsoup.parseBodyFragment(markup).body();
        converter.children(body, false, false, 0);
        converter.endParagraph();
        return List.copyOf(converter.blocks);
    }

    private void children(Element element, boolean bold, boolean italic, int depth) {
        for (Node child : element.childNodes()) {
            node(child, bold, italic, depth);
        }
    }

    private void node(Node node, boolean bold, boolean italic, int depth) {
        if (node instanceof TextNode text) {
            String value = text.text();
            if (!value.isEmpty()) {
                current.add(new Run(value, bold, italic));
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, data nodes
        }
        String tag = element.normalName().toLowerCase(Locale.ROOT);
        if (DROPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "strong", "b" -> children(element, true, italic, depth);
            case "em", "i" -> children(element, bold, true, depth);
            case "br" -> current.add(Run.BREAK);
            case "p" -> {
                endParagraph();
                children(element, bold, italic, depth);
                endParagraph();
            }
            case "ul", "ol" -> list(element, tag.equals("ol"), bold, italic, depth);
            case "li" -> item(element, "•", bold, italic, depth); // an item outside a list
            default -> {
                boolean block = element.isBlock();
                if (block) {
                    endParagraph();
                }
                children(element, bold, italic, depth);
                if (block) {
                    endParagraph();
                }
            }
        }
    }

    private void list(Element list, boolean ordered, boolean bold, boolean italic, int depth) {
        endParagraph();
        int number = 0;
        for (Node child : list.childNodes()) {
            if (child instanceof Element element && element.normalName().equals("li")) {
                number++;
                item(element, ordered ? number + "." : "•", bold, italic, depth);
            } else {
                // text or other elements directly inside the list: their text as a paragraph
                node(child, bold, italic, depth);
                endParagraph();
            }
        }
    }

    /**
     * An item's first paragraph is the item itself; what follows inside it (nested lists, further paragraphs) comes
     * after it, nested lists one level deeper.
     */
    private void item(Element item, String marker, boolean bold, boolean italic, int depth) {
        endParagraph();
        List<Block> outer = new ArrayList<>(blocks);
        blocks.clear();
        children(item, bold, italic, depth + 1);
        endParagraph();
        List<Block> inner = new ArrayList<>(blocks);
        blocks.clear();
        blocks.addAll(outer);
        if (!inner.isEmpty() && inner.get(0) instanceof Paragraph first) {
            blocks.add(new ListItem(depth, marker, first.runs()));
            inner.remove(0);
        }
        blocks.addAll(inner);
    }

    private void endParagraph() {
        List<Run> runs = tidy(current);
        current.clear();
        if (!runs.isEmpty()) {
            blocks.add(new Paragraph(runs, Style.BODY));
        }
    }

    /**
     * Collapses white space as a browser would: no space at the start or end of a line, never two in a row, and
     * no empty runs.
     */
    static List<Run> tidy(List<Run> runs) {
        List<Run> result = new ArrayList<>();
        boolean lineStart = true;
        for (Run run : runs) {
            if (run.isBreak()) {
                trimEnd(result);
                result.add(run);
                lineStart = true;
                continue;
            }
            String text = collapse(run.text());
            if (lineStart || endsWithSpace(result)) {
                text = text.stripLeading();
            }
            if (!text.isEmpty()) {
                result.add(new Run(text, run.bold(), run.italic()));
                lineStart = false;
            }
        }
        trimEnd(result);
        while (!result.isEmpty() && result.get(result.size() - 1).isBreak()) {
            result.remove(result.size() - 1);
            trimEnd(result);
        }
        while (!result.isEmpty() && result.get(0).isBreak()) {
            result.remove(0);
        }
        return result.stream().anyMatch(r -> !r.isBreak()) ? result : List.of();
    }

    /** Each stretch of white space as one space. */
    private static String collapse(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    collapsed.append(' ');
                }
                space = true;
            } else {
                collapsed.append(c);
                space = false;
            }
        }
        return collapsed.toString();
    }

    private static boolean endsWithSpace(List<Run> runs) {
        if (runs.isEmpty()) {
            return false;
        }
        Run last = runs.get(runs.size() - 1);
        return !last.isBreak() && last.text().endsWith(" ");
    }

    private static void trimEnd(List<Run> runs) {
        while (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.isBreak()) {
                return;
            }
            String text = last.text().stripTrailing();
            if (text.isEmpty()) {
                runs.remove(runs.size() - 1);
            } else {
                runs.set(runs.size() - 1, new Run(text, last.bold(), last.italic()));
                return;
            }
        }
    }
}
