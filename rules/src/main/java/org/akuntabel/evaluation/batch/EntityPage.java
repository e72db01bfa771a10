package org.akuntabel.evaluation.batch;

import java.util.List;

/** One page of a partition, as read: the entities with {@code afterId < id <= lastId}, in id order. */
record EntityPage(long afterId, long lastId, List<BatchRegister.Entity> entities) {
}
