/** The cooperative register (koperasi): each cooperative and its yearly record of RAT, business volume and assets. */
package org.akuntabel.registers.cooperative;
