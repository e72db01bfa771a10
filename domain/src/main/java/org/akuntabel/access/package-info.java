/** Who may do what: user accounts, roles and the agencies they work for. */
package org.akuntabel.access;
