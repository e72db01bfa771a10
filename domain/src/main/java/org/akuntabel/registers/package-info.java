/**
 * Registers an agency keeps (cooperatives, companies) and the statistics and aggregate figures it
 * reports where no register lists every entity.
 */
package org.akuntabel.registers;
