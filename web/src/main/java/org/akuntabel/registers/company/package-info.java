/** The company register's REST resource. */
package org.akuntabel.registers.company;
