/** REST resources for agencies. */
package org.akuntabel.agency.api;
