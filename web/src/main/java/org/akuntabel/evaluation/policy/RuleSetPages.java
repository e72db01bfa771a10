package org.akuntabel.evaluation.policy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.access.AccessDeniedException;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.RuleMessage;
import org.akuntabel.evaluation.RuleSetException;
import org.akuntabel.web.Pages;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;

/**
 * The rule-set pages ("Aturan"): every rule set with the version in force; one rule set with its text, the log
 * of activations, its drafts and the diff between two versions; a new draft from the editor or an uploaded file;
 * a draft tested ("Uji aturan"), previewed on an agency's data (what-if) and activated.
 */
@Named("aturan")
@ViewScoped
public class RuleSetPages implements Serializable {

    @Inject
    private RuleSetPolicy policy;

    @Inject
    private WhatIf whatIf;

    private String name;
    private List<RuleSetPolicy.RuleSetSummary> ruleSets = List.of();
    private RuleSetPolicy.RuleSetView view;
    private String draftText;
    private String draftNote;
    private List<RuleMessage> problems = List.of();
    private Long draftId;
    private RuleSetPolicy.TestReport testReport;
    private WhatIf.Answer whatIfAnswer;
    private String whatIfAgency = "beltim";
    private int whatIfYear = Year.now().getValue() - 1;
    private int effectiveFrom = Year.now().getValue();
    private String activationAgency;
    private String diffFrom;
    private String diffTo;
    private String diff;

    public void load() {
        Pages.load(() -> {
            ruleSets = policy.list();
            if (name != null) {
                view = policy.view(name, Year.now().getValue());
                if (draftText == null) {
                    draftText = view.activeText();
                }
            }
        });
    }

    /** Stores the editor's text as a draft; an invalid text is listed line by line and nothing is stored. */
    public void submit() {
        submit(draftText);
    }

    public void upload(FileUploadEvent event) {
        draftText = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        submit(draftText);
    }

    private void submit(String text) {
        try {
            RuleSetPolicy.DraftCreated created = policy.submit(name, text, null, null, draftNote);
            draftId = created.draftId();
            problems = List.of();
            testReport = null;
            whatIfAnswer = null;
            info("Draf " + created.draftId() + " tersimpan (versi " + created.version().substring(0, 12) + "). Uji, lihat dampaknya, lalu aktifkan.");
            view = policy.view(name, Year.now().getValue());
        } catch (RuleSetException invalid) {
            problems = invalid.getMessages();
            error("Draf ditolak: " + problems.size() + " masalah. Versi yang berlaku tidak berubah.");
        }
    }

    /** "Uji aturan": the draft's own test cases. */
    public void test() {
        if (noDraft()) {
            return;
        }
        attempt(() -> testReport = policy.test(name, draftId));
    }

    public void runWhatIf() {
        if (noDraft()) {
            return;
        }
        attempt(() -> whatIfAnswer = whatIf.evaluate(name, draftId, whatIfAgency, whatIfYear));
    }

    /** "Setujui": a second policy user (not the author) approves the open draft for activation. */
    public void approve() {
        if (noDraft()) {
            return;
        }
        attempt(() -> {
            RuleSetPolicy.DraftView approved = policy.approve(name, draftId);
            info("Draf " + approved.draftId() + " disetujui oleh " + approved.approvedBy() + "; kini dapat diaktifkan.");
            view = policy.view(name, Year.now().getValue());
        });
    }

    public void activate() {
        if (noDraft()) {
            return;
        }
        attempt(() -> {
            RuleSetPolicy.ActivationView activation = policy.activate(name, draftId, effectiveFrom,
                    activationAgency == null || activationAgency.isBlank() ? null : activationAgency, null, draftNote);
            info("Versi " + activation.version().substring(0, 12) + " berlaku mulai " + activation.effectiveFrom()
                    + (activation.agency() == null ? " untuk semua instansi" : " untuk " + activation.agency())
                    + ". Indikator dinilai ulang di latar belakang; hasil lama tampil sampai selesai.");
            view = policy.view(name, Year.now().getValue());
        });
    }

    public void reactivate(RuleSetPolicy.ActivationView activation) {
        attempt(() -> {
            policy.reactivate(name, activation.version(), effectiveFrom, null, null, "dipulihkan dari aktivasi " + activation.id());
            info("Versi " + activation.version().substring(0, 12) + " diaktifkan kembali mulai " + effectiveFrom + ".");
            view = policy.view(name, Year.now().getValue());
        });
    }

    public void showDiff() {
        attempt(() -> diff = policy.diff(name, diffFrom, diffTo));
    }

    public void selectDraft(RuleSetPolicy.DraftView draft) {
        draftId = draft.draftId();
        draftText = policy.version(name, draft.version()).text();
        testReport = null;
        whatIfAnswer = null;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuleSetException refused) {
            problems = refused.getMessages();
            error("Ditolak: " + refused.getMessages().size() + " masalah (lihat daftar). Versi yang berlaku tidak berubah.");
        } catch (NotFoundException | AccessDeniedException refused) {
            error(refused.getMessage());
        }
    }

    private boolean noDraft() {
        if (draftId == null) {
            error("Simpan teks sebagai draf lebih dahulu.");
            return true;
        }
        return false;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<RuleSetPolicy.RuleSetSummary> getRuleSets() { return ruleSets; }
    public RuleSetPolicy.RuleSetView getView() { return view; }
    public String getDraftText() { return draftText; }
    public void setDraftText(String draftText) { this.draftText = draftText; }
    public String getDraftNote() { return draftNote; }
    public void setDraftNote(String draftNote) { this.draftNote = draftNote; }
    public List<RuleMessage> getProblems() { return problems; }
    public Long getDraftId() { return draftId; }
    public RuleSetPolicy.TestReport getTestReport() { return testReport; }
    public WhatIf.Answer getWhatIfAnswer() { return whatIfAnswer; }
    public String getWhatIfAgency() { return whatIfAgency; }
    public void setWhatIfAgency(String whatIfAgency) { this.whatIfAgency = whatIfAgency; }
    public int getWhatIfYear() { return whatIfYear; }
    public void setWhatIfYear(int whatIfYear) { this.whatIfYear = whatIfYear; }
    public int getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(int effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getActivationAgency() { return activationAgency; }
    public void setActivationAgency(String activationAgency) { this.activationAgency = activationAgency; }
    public String getDiffFrom() { return diffFrom; }
    public void setDiffFrom(String diffFrom) { this.diffFrom = diffFrom; }
    public String getDiffTo() { return diffTo; }
    public void setDiffTo(String diffTo) { this.diffTo = diffTo; }
    public String getDiff() { return diff; }
}
