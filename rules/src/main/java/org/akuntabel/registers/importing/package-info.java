/**
 * Register import: the pure engine that reads an agency's cooperative, company, micro-business, staff and
 * statistics registers from CSV or XLSX files and plans what importing them would do, without JPA, EJB or CDI.
 *
 * <ul>
 *   <li>{@link org.akuntabel.registers.importing.TabularSource}: rows of strings from a CSV file (encoding and
 *       separator detected) or an XLSX sheet (streaming SAX reader, bounded memory).</li>
 *   <li>{@link org.akuntabel.registers.importing.Register}: the columns each register expects, with their
 *       Indonesian headers and variants, and the natural keys.</li>
 *   <li>{@link org.akuntabel.registers.importing.RegisterImport#plan}: the dry run, giving an
 *       {@link org.akuntabel.registers.importing.ImportPlan} (additions, updates with before → after, unchanged,
 *       rejected rows with reasons, cells waiting for a person's decision).</li>
 *   <li>{@link org.akuntabel.registers.importing.ExistingRecords} /
 *       {@link org.akuntabel.registers.importing.InMemoryRecords}: what the register holds, by natural key.</li>
 *   <li>{@link org.akuntabel.registers.importing.ImportTemplates}: a template CSV per register.</li>
 * </ul>
 *
 * Messages meant for users are in Bahasa Indonesia.
 */
package org.akuntabel.registers.importing;
