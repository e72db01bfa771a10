package org.akuntabel.evaluation.validation;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;

import java.util.Optional;

/**
 * A piece of the rule file handed to the Java parser: {@code parsed} is what the parser saw, made of
 * {@code prefix} characters added by the validator followed by the file's own text from
 * {@code fileOffset} on ({@code -1} when the piece could not be located exactly; messages then fall
 * back to {@code fallbackLine}). Maps the parser's positions back to lines and columns of the file.
 */
record Snippet(SourceText source, String parsed, int prefix, int fileOffset, int fallbackLine) {

    /** Rejects with the position of {@code node} in the file. */
    void reject(Node node, String message) {
        reject(JavaSnippets.position(node), message);
    }

    void reject(Optional<Position> position, String message) {
        if (position.isEmpty()) {
            rejectStart(message);
            return;
        }
        Position at = position.get();
        int inParsed = offsetIn(parsed, at.line, at.column);
        if (fileOffset >= 0 && inParsed >= 0) {
            source.rejectAt(fileOffset + Math.max(0, inParsed - prefix), message);
        } else {
            source.reject(fallbackLine + at.line - 1, 0, message);
        }
    }

    /** The offset in the file where {@code node} begins, or -1 when the snippet or the node cannot be placed exactly. */
    int fileOffset(Node node) {
        Optional<Position> position = JavaSnippets.position(node);
        if (fileOffset < 0 || position.isEmpty()) {
            return -1;
        }
        int inParsed = offsetIn(parsed, position.get().line, position.get().column);
        return inParsed < prefix ? -1 : fileOffset + inParsed - prefix;
    }

    /** Rejects at the start of the snippet. */
    void rejectStart(String message) {
        if (fileOffset >= 0) {
            source.rejectAt(fileOffset, message);
        } else {
            source.reject(fallbackLine, 0, message);
        }
    }

    private static int offsetIn(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return -1;
            }
            offset = next + 1;
        }
        offset += column - 1;
        return offset >= 0 && offset <= text.length() ? offset : -1;
    }
}
