/** The micro-business register over the web: REST resource and page ("Usaha mikro"). */
package org.akuntabel.registers.microbusiness;
