/** Pages for indicator results: the year's overview, an indicator's entities, and one entity's findings. */
package org.akuntabel.reporting.ui;
