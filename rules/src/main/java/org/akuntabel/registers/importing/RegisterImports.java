package org.akuntabel.registers.importing;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Callers;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.Reevaluation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports register files: an upload is kept with its import record and planned against what the agency's register
 * holds (a dry run: nothing in the register changes); a confirmation plans the kept file again with the person's
 * decisions (the register may have changed since the dry run: a stale plan is never applied) and stores the
 * additions and updates in one transaction, all or nothing, then re-evaluates the years it touched as every
 * editing service does. Rejected rows are not stored; rows still waiting for a decision refuse the confirmation
 * unless the person chose to leave them out. Re-importing a file changes nothing.
 */
@Stateless
@Guarded
public class RegisterImports {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** A person's reading of an ambiguous cell: row and column as the preview gave them. */
    public record Decision(int row, String column, BigDecimal value) {
    }

    /** The import record and what its planning found. */
    public record Result(ImportView record, ImportPreview preview) {
    }

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private Reevaluation reevaluation;

    @Inject
    private ImportProgress progress;

    /**
     * Keeps an uploaded file and plans it (dry run). Earlier unconfirmed dry runs of the same register are
     * superseded. A file that cannot be imported (unreadable, required columns missing) is kept as FAILED.
     */
    @Allowed(Role.OPERATOR)
    public Result upload(String agencyCode, String registerSlug, String fileName, String mediaType, byte[] content, String by,
                         String progressKey) {
        Agency agency = Agencies.byCode(em, agencyCode);
        Register register = ImportRegisters.bySlug(registerSlug);
        if (content == null || content.length == 0) {
            throw new ImportRefusedException("Berkas kosong: pilih berkas CSV atau XLSX", List.of());
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRefusedException("Berkas terlalu besar (paling besar " + MAX_BYTES / (1024 * 1024) + " MB)", List.of());
        }
        em.createNamedQuery("RegisterImportRecord.findPlanned", RegisterImportRecord.class).setParameter("agency", agency)
                .setParameter("register", register.name()).setParameter("status", ImportStatus.PLANNED).getResultList()
                .forEach(RegisterImportRecord::superseded);
        RegisterImportRecord record = new RegisterImportRecord(agency, register.name(), cut(name(fileName, register), 300),
                mediaType == null ? null : cut(mediaType, 200), content, sha256(content), who(by));
        em.persist(record);
        em.flush();
        ImportProgress.Tracker tracker = progress.start(progressKey);
        try {
            RegisterStorage storage = new RegisterStorage(em, register, agency);
            ImportPlan plan = plan(register, content, storage.load(), Decisions.none(), tracker);
            count(record, plan);
            if (plan.isFatal()) {
                record.failed(plan.summary());
            }
            return new Result(ImportView.of(record), ImportPreview.of(ImportView.of(record), plan));
        } finally {
            tracker.done();
        }
    }

    /**
     * Confirms a dry run: plans the kept file again with {@code decisions} and stores what it adds and updates, in
     * this one transaction. Refused (nothing stored) when the import is not a pending dry run, when the file cannot
     * be imported, or when cells still wait for a decision and {@code leaveUndecided} is false.
     */
    @Allowed(Role.OPERATOR)
    public Result confirm(String agencyCode, long importId, List<Decision> decisions, boolean leaveUndecided, String by,
                          String progressKey) {
        RegisterImportRecord record = find(agencyCode, importId);
        if (record.getStatus() != ImportStatus.PLANNED) {
            throw new ImportRefusedException("Impor #" + importId + " tidak dapat disimpan: statusnya " + statusLabel(record.getStatus())
                    + "; unggah berkasnya lagi bila perlu", List.of());
        }
        Register register = Register.valueOf(record.getRegister());
        Decisions chosen = Decisions.none();
        for (Decision decision : decisions == null ? List.<Decision>of() : decisions) {
            if (decision == null || decision.column() == null || decision.value() == null) {
                throw new ImportRefusedException("Keputusan tidak lengkap: baris, kolom dan nilai wajib diisi", List.of());
            }
            chosen = chosen.with(decision.row(), decision.column(), decision.value());
        }
        ImportProgress.Tracker tracker = progress.start(progressKey);
        try {
            RegisterStorage storage = new RegisterStorage(em, register, record.getAgency());
            RegisterStorage.Stored existing = storage.load();
            ImportPlan plan = plan(register, record.getContent(), existing, chosen, tracker);
            if (plan.isFatal()) {
                throw new ImportRefusedException(plan.summary(), plan.fileIssues().stream().map(ImportPreview.Issue::of).toList());
            }
            if (!plan.awaitingDecision().isEmpty() && !leaveUndecided) {
                throw new ImportRefusedException(plan.awaitingDecision().size() + " data menunggu keputusan: pilih cara membaca setiap sel "
                        + "yang ditandai, atau pilih untuk tidak menyimpan baris itu", plan.decisionsNeeded().stream()
                        .map(ImportPreview.Issue::of).toList());
            }
            String agency = record.getAgency().getCode();
            String fileName = record.getFileName();
            tracker.storing(plan.additions().size() + plan.updates().size());
            Set<Integer> years = storage.apply(plan, existing, importId, fileName, r -> tracker.stored());
            RegisterImportRecord stored = em.find(RegisterImportRecord.class, importId);
            count(stored, plan);
            stored.confirmed(who(by), decisionsText(decisions));
            em.flush();
            if (plan.hasChanges()) {
                if (years.isEmpty()) {
                    reevaluation.everyEvaluatedYearAfterCommit(agency);
                } else {
                    int[] touched = years.stream().flatMap(y -> java.util.stream.Stream.of(y, y + 1)).distinct()
                            .mapToInt(Integer::intValue).toArray();
                    reevaluation.afterCommit(agency, touched);
                }
            }
            return new Result(ImportView.of(stored), ImportPreview.of(ImportView.of(stored), plan));
        } finally {
            tracker.done();
        }
    }

    /** The import record {@code importId} of the agency. */
    public ImportView get(String agencyCode, long importId) {
        return ImportView.of(find(agencyCode, importId));
    }

    /** The agency's imports, latest first. */
    public List<ImportView> list(String agencyCode) {
        Agency agency = Agencies.byCode(em, agencyCode);
        return em.createNamedQuery("RegisterImportRecord.findByAgency", RegisterImportRecord.class).setParameter("agency", agency)
                .setMaxResults(500).getResultStream().map(ImportView::of).toList();
    }

    /** The kept file as uploaded. */
    public byte[] file(String agencyCode, long importId) {
        return find(agencyCode, importId).getContent();
    }

    /**
     * The rejected rows of an import as a CSV to fix and upload again: the header row and every rejected row as the
     * file has them, with a last column {@code Alasan penolakan} (ignored when imported again). Planned against the
     * register as it is now, with the decisions given at confirmation.
     */
    public String rejectedCsv(String agencyCode, long importId) {
        RegisterImportRecord record = find(agencyCode, importId);
        Register register = Register.valueOf(record.getRegister());
        Decisions decisions = parseDecisions(record.getDecisions());
        RegisterStorage storage = new RegisterStorage(em, register, record.getAgency());
        ImportPlan plan = plan(register, record.getContent(), storage.load(), decisions, null);
        if (plan.isFatal()) {
            throw new ImportRefusedException(plan.summary(), plan.fileIssues().stream().map(ImportPreview.Issue::of).toList());
        }
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (PlannedRecord rejected : plan.rejected()) {
            for (RowIssue issue : rejected.issues()) {
                if (issue.severity() == Severity.ERROR) {
                    reasons.computeIfAbsent(rejected.row(), r -> new ArrayList<>()).add((issue.column() == null ? "" : issue.column() + ": ")
                            + issue.message());
                }
            }
        }
        StringWriter text = new StringWriter();
        try (TabularSource source = TabularSource.upload(new ByteArrayInputStream(record.getContent()));
             CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            int header = plan.headerRow();
            source.forEachRow(row -> {
                try {
                    if (row.number() == header) {
                        List<String> cells = new ArrayList<>(row.cells());
                        cells.add("Alasan penolakan");
                        csv.printRecord(cells);
                    } else if (reasons.containsKey(row.number())) {
                        List<String> cells = new ArrayList<>(row.cells());
                        cells.add(String.join("; ", reasons.get(row.number())));
                        csv.printRecord(cells);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + text;
    }

    private RegisterImportRecord find(String agencyCode, long importId) {
        Agency agency = Agencies.byCode(em, agencyCode);
        RegisterImportRecord record = em.find(RegisterImportRecord.class, importId);
        if (record == null || !record.getAgency().getId().equals(agency.getId())) {
            throw new NotFoundException("Impor #" + importId + " tidak ada pada instansi " + agencyCode);
        }
        return record;
    }

    private static ImportPlan plan(Register register, byte[] content, ExistingRecords existing, Decisions decisions,
                                   ImportProgress.Tracker tracker) {
        try (TabularSource source = counted(TabularSource.upload(new ByteArrayInputStream(content)), tracker)) {
            return RegisterImport.plan(register, source, existing, decisions);
        } catch (UnreadableSourceException e) {
            return ImportPlan.failed(register, "berkas tidak terbaca", RowIssue.error(0, null, IssueKind.UNREADABLE_FILE, e.getMessage()));
        }
    }

    /** The source, telling {@code tracker} of every row read. */
    private static TabularSource counted(TabularSource source, ImportProgress.Tracker tracker) {
        if (tracker == null) {
            return source;
        }
        return new TabularSource() {
            @Override
            public void forEachRow(Consumer<SourceRow> consumer) {
                try {
                    source.forEachRow(row -> {
                        tracker.row();
                        consumer.accept(row);
                    });
                } finally {
                    tracker.passEnded();
                }
            }

            @Override
            public String description() {
                return source.description();
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    private static void count(RegisterImportRecord record, ImportPlan plan) {
        record.planned(plan.source(), plan.rowsRead(), plan.additions().size(), plan.updates().size(), plan.unchanged().size(),
                plan.rejected().size(), plan.awaitingDecision().size());
    }

    private static String decisionsText(List<Decision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Decision d : decisions) {
            text.append(d.row()).append('\t').append(d.column().strip()).append('\t').append(d.value().toPlainString()).append('\n');
        }
        return text.toString();
    }

    private static Decisions parseDecisions(String text) {
        Decisions decisions = Decisions.none();
        if (text != null) {
            for (String line : text.split("\n")) {
                String[] parts = line.split("\t");
                if (parts.length == 3) {
                    decisions = decisions.with(Integer.parseInt(parts[0]), parts[1], new BigDecimal(parts[2]));
                }
            }
        }
        return decisions;
    }

    private static String statusLabel(ImportStatus status) {
        return switch (status) {
            case PLANNED -> "uji coba";
            case CONFIRMED -> "sudah disimpan";
            case SUPERSEDED -> "digantikan unggahan yang lebih baru";
            case FAILED -> "gagal";
        };
    }

    /** The signed-in user; a name given in the request only when the application itself imports. */
    private String who(String by) {
        String author = callers.author(by);
        return author == null ? "anonim" : cut(author, 200);
    }

    private static String name(String fileName, Register register) {
        if (fileName == null || fileName.isBlank()) {
            return "impor-" + ImportRegisters.slug(register);
        }
        String plain = fileName.replace('\\', '/');
        return plain.substring(plain.lastIndexOf('/') + 1).strip();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
