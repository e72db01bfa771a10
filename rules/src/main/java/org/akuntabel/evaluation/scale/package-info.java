/** Achievement scales: the facts a scale rule set reads (an achievement) and what it assigns (a band). */
package org.akuntabel.evaluation.scale;
