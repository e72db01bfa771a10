package org.akuntabel.evaluation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Reads one partition a page at a time, from the partition's last committed entity on: what was stored before a crash
 * is never read (nor stored) again. The database, not the batch runtime's checkpoint, says where to resume, so a new
 * job execution on another instance resumes exactly where the interrupted one stopped.
 */
@Named
@Dependent
public class RegisterPageReader extends AbstractItemReader {

    /** Entities per page (and per chunk transaction). */
    static final int PAGE = 1_000;

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String partition;

    @Inject
    private BatchRunStore store;

    private BatchRegister register;
    private String scope;
    private int year;
    private long position;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        long run = Long.parseLong(runId);
        BatchRunStore.Run stored = store.run(run).orElseThrow(() -> new IllegalStateException("No batch run " + run));
        BatchRunStore.Partition own = store.partitions(run).stream().filter(p -> p.number() == Integer.parseInt(partition))
                .findFirst().orElseThrow(() -> new IllegalStateException("No partition " + partition + " in batch run " + run));
        register = BatchRegister.byKey(stored.register()).orElseThrow();
        scope = stored.scope();
        year = stored.year();
        position = own.lastDoneId();
        lastId = own.lastId();
    }

    @Override
    public Object readItem() {
        if (position >= lastId) {
            return null;
        }
        List<BatchRegister.Entity> entities = store.page(register, scope, position, lastId, PAGE, year);
        if (entities.isEmpty()) {
            position = lastId;
            return null;
        }
        long pageEnd = entities.get(entities.size() - 1).facts().getSubjectId();
        EntityPage page = new EntityPage(position, pageEnd, entities);
        position = pageEnd;
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
