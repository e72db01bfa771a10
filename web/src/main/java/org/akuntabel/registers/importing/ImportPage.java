package org.akuntabel.registers.importing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.event.FileUploadEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The import page ("Impor data"): choose a register, upload a CSV or XLSX file, look at the dry run (rows to add,
 * rows to update with before → after, rejected rows with row, column and reason, cells waiting for a decision with
 * a choice of reading each), then "Simpan" stores the accepted rows; the rejected rows and the templates can be
 * downloaded; the agency's past imports are listed. A progress bar follows large files.
 */
@Named("impor")
@ViewScoped
public class ImportPage extends AgencyYearPage {

    private static final long serialVersionUID = 1L;

    /** A register as the page offers it. */
    public record RegisterChoice(String slug, String label) {
    }

    /** A cell waiting for a decision, with the reading chosen on the page (as text, the first reading by default). */
    public static final class Choice implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ImportPreview.Awaiting cell;
        private String chosen;

        Choice(ImportPreview.Awaiting cell) {
            this.cell = cell;
            this.chosen = cell.readings().isEmpty() ? null : cell.readings().get(0).toPlainString();
        }

        public ImportPreview.Awaiting getCell() {
            return cell;
        }

        public List<String> getReadings() {
            return cell.readings().stream().map(BigDecimal::toPlainString).toList();
        }

        public String getChosen() {
            return chosen;
        }

        public void setChosen(String chosen) {
            this.chosen = chosen;
        }
    }

    @Inject
    private RegisterImports imports;

    @Inject
    private ImportProgress progress;

    @Inject
    private IndicatorResults results;

    private String register = "koperasi";
    private ImportPreview preview;
    private List<Choice> choices = List.of();
    private boolean leaveUndecided;
    private List<ImportView> history = List.of();
    private final String progressKey = UUID.randomUUID().toString();

    public void load() {
        Pages.load(() -> {
            defaultAgency(results);
            history = imports.list(getAgency());
        });
    }

    /** The file chosen: kept and planned (dry run). */
    public void upload(FileUploadEvent event) {
        try {
            RegisterImports.Result result = imports.upload(getAgency(), register, event.getFile().getFileName(),
                    event.getFile().getContentType(), event.getFile().getContent(), null, progressKey);
            show(result.preview());
            if ("FAILED".equals(result.record().status())) {
                message(FacesMessage.SEVERITY_ERROR, result.preview().summary());
            } else {
                message(FacesMessage.SEVERITY_INFO, result.preview().summary());
            }
        } catch (RuntimeException e) {
            refused(e);
        } finally {
            progress.forget(progressKey);
            history = imports.list(getAgency());
        }
    }

    /** "Simpan": stores the accepted rows with the readings chosen. */
    public void confirm() {
        if (preview == null) {
            return;
        }
        List<RegisterImports.Decision> decisions = new ArrayList<>();
        for (Choice choice : choices) {
            if (choice.getChosen() != null && !choice.getChosen().isBlank()) {
                decisions.add(new RegisterImports.Decision(choice.getCell().row(), choice.getCell().column(), new BigDecimal(choice.getChosen())));
            }
        }
        try {
            ImportPreview stored = imports.confirm(getAgency(), preview.importId(), decisions, leaveUndecided, null, progressKey).preview();
            preview = null;
            choices = List.of();
            ImportPreview.Counts c = stored.counts();
            message(FacesMessage.SEVERITY_INFO, text("import.stored") + " " + c.added() + " " + text("import.count.added") + ", "
                    + c.updated() + " " + text("import.count.updated") + ", " + c.unchanged() + " " + text("import.count.unchanged")
                    + ", " + c.rejected() + " " + text("import.count.rejected") + ".");
        } catch (RuntimeException e) {
            refused(e);
        } finally {
            progress.forget(progressKey);
            history = imports.list(getAgency());
        }
    }

    /** "Batal": leaves the dry run; nothing was stored. */
    public void cancel() {
        preview = null;
        choices = List.of();
    }

    private void show(ImportPreview shown) {
        preview = shown;
        choices = shown.awaiting().stream().map(Choice::new).toList();
        leaveUndecided = false;
    }

    private void refused(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ImportRefusedException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
            refused.getIssues().stream().limit(20).forEach(i -> message(FacesMessage.SEVERITY_ERROR,
                    "Baris " + i.row() + (i.column() == null ? "" : ", kolom " + i.column()) + ": " + i.reason()));
        } else if (cause instanceof NotFoundException notFound) {
            message(FacesMessage.SEVERITY_ERROR, notFound.getMessage());
        } else {
            throw e;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    /** The progress bar's value (0–100). */
    public int getProgressPercent() {
        ImportProgress.State state = progress.state(progressKey);
        return state == null ? 0 : state.percent();
    }

    /** What the progress bar is doing, for people. */
    public String getProgressText() {
        ImportProgress.State state = progress.state(progressKey);
        return state == null ? "" : state.text();
    }

    public List<RegisterChoice> getRegisters() {
        return Arrays.stream(Register.values()).map(r -> new RegisterChoice(ImportRegisters.slug(r), r.label())).toList();
    }

    public String getRegister() {
        return register;
    }

    public void setRegister(String register) {
        this.register = register;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public boolean isLeaveUndecided() {
        return leaveUndecided;
    }

    public void setLeaveUndecided(boolean leaveUndecided) {
        this.leaveUndecided = leaveUndecided;
    }

    public List<ImportView> getHistory() {
        return history;
    }

    /** An update's changes in one line: {@code Aset: 450000000 → 475000000; …}. */
    public String changes(ImportPreview.Update update) {
        StringBuilder line = new StringBuilder();
        for (ImportPreview.Change change : update.changes()) {
            if (line.length() > 0) {
                line.append("; ");
            }
            line.append(change.column()).append(": ").append(plain(change.before())).append(" \u2192 ").append(plain(change.after()));
        }
        return line.toString();
    }

    /** An addition's values in one line. */
    public String values(ImportPreview.Addition addition) {
        StringBuilder line = new StringBuilder();
        addition.values().forEach((field, value) -> {
            if (value != null) {
                if (line.length() > 0) {
                    line.append("; ");
                }
                line.append(field).append(": ").append(plain(value));
            }
        });
        return line.toString();
    }

    private static String plain(Object value) {
        return value == null ? "(kosong)" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
