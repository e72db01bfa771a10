package org.akuntabel.evaluation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Stores the judged pages of a chunk and advances the partition past them, in the chunk's transaction. */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String partition;

    @Inject
    private BatchRunStore store;

    @Override
    public void writeItems(List<Object> items) {
        if (items.isEmpty()) {
            return;
        }
        List<BatchRunStore.Result> results = new ArrayList<>();
        items.forEach(item -> results.addAll(((JudgedPage) item).results()));
        JudgedPage first = (JudgedPage) items.get(0);
        JudgedPage last = (JudgedPage) items.get(items.size() - 1);
        store.store(Long.parseLong(runId), Integer.parseInt(partition), first.afterId(), last.lastId(), results);
    }
}
