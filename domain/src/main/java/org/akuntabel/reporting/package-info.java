/** Reporting: what an agency published (Laporan Kinerja figures as printed), kept beside what the product computes. */
package org.akuntabel.reporting;
