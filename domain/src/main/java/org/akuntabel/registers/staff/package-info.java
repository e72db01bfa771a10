/** Civil servants' professionalism index (IP ASN) scores, per person, by dimension. */
package org.akuntabel.registers.staff;
