/** REST resources for indicator results and their trace down to entities and findings. */
package org.akuntabel.reporting.api;
