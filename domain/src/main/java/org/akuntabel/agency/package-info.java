/** Government agencies (perangkat daerah) that plan, measure and report their performance. */
package org.akuntabel.agency;
