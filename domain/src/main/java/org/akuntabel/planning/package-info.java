/** Planning: Renstra indicators with their definitions and yearly targets (IKU, Perjanjian Kinerja). */
package org.akuntabel.planning;
