package org.akuntabel.evaluation.batch;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.web.Pages;

import java.io.Serializable;
import java.time.Year;
import java.util.List;

/**
 * {@code /evaluasi-nasional.xhtml}: starts a national-scale evaluation of a register and follows it (a progress bar
 * with done/total, rate and ETA, refreshed every two seconds), lists the runs and drills down to one entity.
 */
@Named("nationalEvaluation")
@ViewScoped
public class NationalEvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BatchRuns runs;

    private String register = BatchRegister.USAHA_MIKRO.getKey();
    private int year = Year.now().getValue() - 1;
    private String scope = BatchRuns.SYNTHETIC;
    private Long followed;
    private BatchRunView run;
    private List<BatchRunView> list = List.of();
    private Long entityId;
    private EntityTrace trace;

    public void load() {
        Pages.load(this::refresh);
    }

    /** Re-reads the followed run and the list (the poll's action). */
    public void refresh() {
        list = runs.list(null, null, null);
        if (followed == null && !list.isEmpty()) {
            followed = list.get(0).id();
        }
        run = followed == null ? null : runs.view(followed);
    }

    public void start() {
        Pages.attempt(() -> {
            BatchRunView started = runs.start(register, year, scope);
            followed = started.id();
            trace = null;
            refresh();
        }, "batch.started");
    }

    public void follow(long id) {
        followed = id;
        trace = null;
        refresh();
    }

    public void drillDown() {
        if (followed != null && entityId != null) {
            Pages.attempt(() -> trace = runs.entity(followed, entityId), "batch.traced");
        }
    }

    public List<String> getRegisters() {
        return java.util.Arrays.stream(BatchRegister.values()).map(BatchRegister::getKey).toList();
    }

    public boolean isRunning() {
        return run != null && "RUNNING".equals(run.status());
    }

    public String getRegister() { return register; }
    public void setRegister(String register) { this.register = register; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public BatchRunView getRun() { return run; }
    public List<BatchRunView> getList() { return list; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long entityId) { this.entityId = entityId; }
    public EntityTrace getTrace() { return trace; }
}
