/**
 * National-scale evaluation of a whole register as a Jakarta Batch job (issue 8): the entities of the scope are split
 * into id ranges (partitions), each read, judged by the criteria rule-set version in force and stored page by page
 * with its progress in one transaction per chunk ({@code META-INF/batch-jobs/evaluasi-register.xml}). Readers see a
 * run only once it is complete ({@link org.akuntabel.evaluation.batch.BatchRuns#current}); a run interrupted by a
 * crash is claimed and resumed after its last committed entity ({@link org.akuntabel.evaluation.batch.BatchRecovery}).
 */
package org.akuntabel.evaluation.batch;
