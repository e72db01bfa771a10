/** Agencies: looking them up by code for every service. */
package org.akuntabel.agency;
