/**
 * Evaluation results: runs (which rule-set versions over which data), determinations per entity
 * with the findings per criterion that explain them, and indicator measurements with their band.
 * Auditors read these; results are never edited, a re-evaluation is a new run.
 */
package org.akuntabel.evaluation;
