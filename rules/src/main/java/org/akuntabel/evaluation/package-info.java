/**
 * Evaluation: rule sets (policy documents in DRL) compiled once per content version, evaluated over
 * register facts into findings and determinations, and the services that store and read runs.
 */
package org.akuntabel.evaluation;
