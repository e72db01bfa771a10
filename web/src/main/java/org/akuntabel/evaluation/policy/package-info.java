/** Rule sets over the web: the REST API for drafts, tests, what-if and activation, and the rule-set pages. */
package org.akuntabel.evaluation.policy;
