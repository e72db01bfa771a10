/** Budget pages and REST resource. */
package org.akuntabel.planning.budget;
