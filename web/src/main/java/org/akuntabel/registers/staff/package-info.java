/** Civil servants' IP ASN scores over the web: REST resource and page ("IP ASN"). */
package org.akuntabel.registers.staff;
