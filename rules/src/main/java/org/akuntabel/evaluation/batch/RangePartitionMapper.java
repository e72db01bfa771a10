package org.akuntabel.evaluation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Properties;

/** The run's partitions (id ranges planned when it was started), each in a thread of its own. */
@Named
@Dependent
public class RangePartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private BatchRunStore store;

    @Override
    public PartitionPlan mapPartitions() {
        List<BatchRunStore.Partition> partitions = store.partitions(Long.parseLong(runId));
        Properties[] properties = new Properties[partitions.size()];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("runId", runId);
            properties[i].setProperty("partition", Integer.toString(partitions.get(i).number()));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(properties.length);
        plan.setThreads(Math.max(1, properties.length));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
