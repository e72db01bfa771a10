/** Planning pages and REST resources: the Renstra cascade (pohon kinerja) and the planning documents of a year. */
package org.akuntabel.planning.web;
