/** Demo data: the Belitung Timur agency as its published documents describe it, loaded in demo mode. */
package org.akuntabel.demo;
