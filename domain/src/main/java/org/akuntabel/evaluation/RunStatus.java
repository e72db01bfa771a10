package org.akuntabel.evaluation;

/** Life of an evaluation run: readers only ever see completed runs. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED
}
