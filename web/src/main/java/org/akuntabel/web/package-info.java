/** What every page shares: the chosen language and Indonesian number formatting for display. */
package org.akuntabel.web;
