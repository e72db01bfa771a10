/**
 * An agency's profile for BAB I of its report: the organisation (duties, functions, units under their parents) and,
 * per year, the staff tables and the facilities table as counts per category.
 */
package org.akuntabel.agency.profile;
