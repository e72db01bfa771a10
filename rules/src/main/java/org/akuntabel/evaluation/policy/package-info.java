/**
 * Rule sets as policy documents that change at runtime: drafts are validated and compiled before they are
 * stored, tested with their own cases, previewed on an agency's data (what-if), and activated from a year on,
 * for every agency or one; every activation is logged and old versions stay readable and can be put back.
 */
package org.akuntabel.evaluation.policy;
