package org.akuntabel.registers.importing;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * An import that cannot be confirmed as asked (already confirmed, superseded, cells still waiting for a decision,
 * a file that cannot be imported); nothing was stored. The issues say which rows and cells, in Bahasa Indonesia.
 */
@ApplicationException(rollback = true)
public class ImportRefusedException extends RuntimeException {

    private final transient List<ImportPreview.Issue> issues;

    public ImportRefusedException(String message, List<ImportPreview.Issue> issues) {
        super(message);
        this.issues = List.copyOf(issues);
    }

    public List<ImportPreview.Issue> getIssues() {
        return issues;
    }
}
