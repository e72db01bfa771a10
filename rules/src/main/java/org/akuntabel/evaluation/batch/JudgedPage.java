package org.akuntabel.evaluation.batch;

import java.util.List;

/** One page judged: a result per entity, and the id range of the page ({@link EntityPage}). */
record JudgedPage(long afterId, long lastId, List<BatchRunStore.Result> results) {
}
