/** The micro-business register (usaha mikro): identity, legality (NIB, NPWP), the entrepreneur criteria fields, capital and sales. */
package org.akuntabel.registers.microbusiness;
