/** The cooperative register's REST resource and edit page. */
package org.akuntabel.registers.cooperative;
