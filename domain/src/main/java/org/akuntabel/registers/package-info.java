/**
 * Registers an agency keeps (cooperatives, companies, micro-businesses, staff) and the aggregate
 * counts it reports where no register lists every entity.
 */
package org.akuntabel.registers;
