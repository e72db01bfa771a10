/** Statistics and entered aggregate figures (regional statistics, evaluation scores, counts where no register lists every unit), each with its source. */
package org.akuntabel.registers.statistics;
