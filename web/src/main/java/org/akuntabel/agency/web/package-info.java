/** The agencies page ("Instansi"): the agencies of this installation, added and described. */
package org.akuntabel.agency.web;
