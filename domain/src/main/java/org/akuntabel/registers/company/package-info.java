/** The company register: workforce and the elements of decent work governance (tata kelola kerja yang layak). */
package org.akuntabel.registers.company;
