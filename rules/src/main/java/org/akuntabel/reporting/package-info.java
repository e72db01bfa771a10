/**
 * Reporting: read-only views of indicator results for a year, each beside the figure the agency
 * published, and the trace from an indicator down to every entity and the findings behind it.
 */
package org.akuntabel.reporting;
