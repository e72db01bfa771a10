/** The application's database: the data source and the schema migrations that create and change it. */
package org.akuntabel.persistence;
