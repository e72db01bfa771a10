/** Value objects shared by every concept: provenance of entered figures, Indonesian number and date formatting. */
package org.akuntabel.shared;
