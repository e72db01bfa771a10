/** Reading and replacing an agency's profile (organisation, staff and facilities tables) for BAB I of its report. */
package org.akuntabel.agency.profile;
