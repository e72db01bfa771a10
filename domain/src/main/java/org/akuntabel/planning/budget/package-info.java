/** The budget that serves the plan: programmes and their activities (kegiatan) with pagu and realisation, per sasaran. */
package org.akuntabel.planning.budget;
