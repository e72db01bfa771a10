package org.akuntabel.evaluation.validation;

import org.akuntabel.evaluation.RuleMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The submitted rule file: converts between character offsets and 1-based line/column positions and
 * collects the messages of one validation, in file order.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;
    private final Set<RuleMessage> messages = new LinkedHashSet<>();
    /** Each accepted output call: the offset of its {@code insert} and of the {@code new} it inserts. */
    private final List<int[]> outputCalls = new ArrayList<>();
    private boolean outputCallsPlaced = true;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The offset of the first character of a 1-based line, or -1 if there is no such line. */
    int lineStart(int line) {
        return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : -1;
    }

    /** The 1-based line of an offset. */
    int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The 1-based column of an offset. */
    int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The offset of a 1-based line and column, or -1 if outside the text. */
    int offsetOf(int line, int column) {
        int start = lineStart(line);
        if (start < 0 || column < 1) {
            return -1;
        }
        int offset = start + column - 1;
        return offset <= text.length() ? offset : -1;
    }

    /** Records a problem at a 1-based line (at least 1) and column (0 when unknown). */
    void reject(int line, int column, String message) {
        messages.add(new RuleMessage(Math.max(1, line), Math.max(0, column), message));
    }

    void rejectAt(int offset, String message) {
        reject(lineOf(offset), columnOf(offset), message);
    }

    /**
     * Records an accepted output call, {@code insert(new …)}: where its {@code insert} is and where the object it inserts
     * begins (-1 for a position that could not be placed in the file).
     */
    void outputCall(int insertOffset, int objectOffset) {
        if (insertOffset < 0 || objectOffset <= insertOffset || !text.startsWith(AllowList.INSERT, insertOffset)
                || !text.startsWith("new", objectOffset)) {
            outputCallsPlaced = false;
            return;
        }
        outputCalls.add(new int[] {insertOffset, objectOffset});
    }

    /**
     * The text with every output call {@code insert(new …)} written {@code callee(firstArgument new …)}, and
     * {@code declaration} on a line after the last; on the same lines as before, so a message about the result names the
     * lines of the file. Null when an output call could not be placed exactly.
     */
    String withOutputCalls(String callee, String firstArgument, String declaration) {
        if (!outputCallsPlaced) {
            return null;
        }
        List<int[]> calls = new ArrayList<>(outputCalls);
        calls.sort(Comparator.comparingInt(call -> call[0]));
        StringBuilder result = new StringBuilder(text.length() + calls.size() * (callee.length() + firstArgument.length()) + 100);
        int copied = 0;
        for (int[] call : calls) {
            if (call[0] < copied) {
                return null;
            }
            result.append(text, copied, call[0]).append(callee);
            result.append(text, call[0] + AllowList.INSERT.length(), call[1]).append(firstArgument);
            copied = call[1];
        }
        result.append(text, copied, text.length());
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != '\r') {
            result.append('\n');
        }
        return result.append(declaration).append('\n').toString();
    }

    boolean hasMessages() {
        return !messages.isEmpty();
    }

    List<RuleMessage> messages() {
        return messages.stream()
                .sorted(Comparator.comparingInt(RuleMessage::line).thenComparingInt(RuleMessage::column))
                .toList();
    }
}
