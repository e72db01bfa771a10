package org.akuntabel.evaluation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A year-wide "Hitung ulang" in the background: every evaluable indicator of an agency and year gets a new run,
 * one after the other, each in its own transaction. Readers keep seeing an indicator's previous run until its new
 * run is complete. Progress is kept per agency and year; starting while a job runs returns that job.
 */
@ApplicationScoped
@org.akuntabel.access.Guarded
public class Recomputation {

    private static final Logger LOG = Logger.getLogger(Recomputation.class.getName());

    /** The state of a year-wide recomputation. */
    @JsonbPropertyOrder({"agency", "year", "total", "done", "current", "finished", "error", "startedAt", "percent"})
    public record Progress(String agency, int year, int total, int done, String current, boolean finished, String error,
                           LocalDateTime startedAt) {

        /** Done ÷ total × 100, whole percent; 100 once finished. */
        public int percent() {
            return finished || total == 0 ? 100 : done * 100 / total;
        }
    }

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private EvaluationGate gate;

    private final Map<String, Progress> jobs = new ConcurrentHashMap<>();

    /**
     * Starts recomputing every evaluable indicator of the year, unless a job for it is already running.
     *
     * @throws NotFoundException when nothing can be evaluated for the year
     */
    public Progress start(String agencyCode, int year) {
        String key = agencyCode + "/" + year;
        List<String> codes = evaluations.evaluableIndicators(agencyCode, year);
        if (codes.isEmpty()) {
            throw new NotFoundException("Tidak ada indikator yang dapat dinilai untuk tahun " + year + " pada instansi " + agencyCode);
        }
        Progress started = new Progress(agencyCode, year, codes.size(), 0, codes.get(0), false, null, LocalDateTime.now(ZoneOffset.UTC));
        Progress running = jobs.compute(key, (k, current) -> current != null && !current.finished() ? current : started);
        if (running == started) {
            executor.submit(() -> run(key, started, codes));
        }
        return running;
    }

    /** The latest job of the agency and year, if any. */
    public java.util.Optional<Progress> progress(String agencyCode, int year) {
        return java.util.Optional.ofNullable(jobs.get(agencyCode + "/" + year));
    }

    private void run(String key, Progress started, List<String> codes) {
        int done = 0;
        try {
            for (String code : codes) {
                jobs.put(key, new Progress(started.agency(), started.year(), codes.size(), done, code, false, null, started.startedAt()));
                gate.evaluate(started.agency(), started.year(), code);
                done++;
            }
            jobs.put(key, new Progress(started.agency(), started.year(), codes.size(), done, null, true, null, started.startedAt()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recomputation " + key + " failed", e);
            jobs.put(key, new Progress(started.agency(), started.year(), codes.size(), done, null, true,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), started.startedAt()));
        }
    }
}
