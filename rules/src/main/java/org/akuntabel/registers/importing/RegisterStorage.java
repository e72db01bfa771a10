package org.akuntabel.registers.importing;

import jakarta.persistence.EntityManager;
import org.akuntabel.agency.Agency;
import org.akuntabel.registers.company.Company;
import org.akuntabel.registers.cooperative.Cooperative;
import org.akuntabel.registers.cooperative.CooperativeStatus;
import org.akuntabel.registers.cooperative.CooperativeYear;
import org.akuntabel.registers.microbusiness.MicroBusiness;
import org.akuntabel.registers.staff.Employment;
import org.akuntabel.registers.staff.StaffScore;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads what an agency's register holds (as the import compares it) and writes a plan's additions and updates
 * into the register's entities. Reading uses scalar queries (no managed entities); writing flushes and clears the
 * persistence context every {@link #BATCH} records, so that a file of 100 000 rows is stored in bounded memory.
 */
final class RegisterStorage {

    /** Records written between flushes. */
    static final int BATCH = 500;

    private final EntityManager em;
    private final Register register;
    private final long agencyId;

    RegisterStorage(EntityManager em, Register register, Agency agency) {
        this.em = em;
        this.register = register;
        this.agencyId = agency.getId();
    }

    /** The register's records with the ids of their rows: {@code ids[0]} the record, {@code ids[1]} its parent. */
    static final class Stored implements ExistingRecords {
        final InMemoryRecords records;
        final Map<String, long[]> ids = new HashMap<>();

        Stored(Register register) {
            records = new InMemoryRecords(register);
        }

        @Override
        public Optional<ExistingRecord> find(String key) {
            return records.find(key);
        }
    }

    /** What the register holds now. */
    Stored load() {
        Stored stored = new Stored(register);
        String[] fields;
        String query;
        switch (register) {
            case COOPERATIVE -> {
                fields = new String[]{"name", "registrationNumber", "year", "ratDate", "businessVolume", "assets"};
                query = "SELECT e.id, c.id, c.name, c.registrationNumber, e.year, e.ratDate, e.businessVolume, e.assets"
                        + " FROM CooperativeYear e JOIN e.cooperative c WHERE c.agency.id = :agency";
            }
            case COMPANY -> {
                fields = new String[]{"name", "sector", "workers", "ppPkb", "ppPkbNumber", "lksBipartit", "lksBipartitDecree",
                        "wageStructure", "bpjsParticipants"};
                query = "SELECT e.id, e.id, e.name, e.sector, e.workers, e.ppPkb, e.ppPkbNumber, e.lksBipartit, e.lksBipartitDecree,"
                        + " e.wageStructure, e.bpjsParticipants FROM Company e WHERE e.agency.id = :agency";
            }
            case MICRO_BUSINESS -> {
                fields = new String[]{"name", "ownerName", "kecamatan", "nib", "npwp", "fixedCommodity", "fixedPlace",
                        "financialRecords", "separatedFinances", "entrepreneurshipTraining", "financeAccess", "capital", "annualSales"};
                query = "SELECT e.id, e.id, e.name, e.ownerName, e.kecamatan, e.nib, e.npwp, e.fixedCommodity, e.fixedPlace,"
                        + " e.financialRecords, e.separatedFinances, e.entrepreneurshipTraining, e.financeAccess, e.capital,"
                        + " e.annualSales FROM MicroBusiness e WHERE e.agency.id = :agency";
            }
            case STAFF_SCORE -> {
                fields = new String[]{"nip", "name", "employment", "year", "qualification", "competence", "performance", "discipline"};
                query = "SELECT e.id, e.id, e.nip, e.name, e.employment, e.year, e.qualification, e.competence, e.performance,"
                        + " e.discipline FROM StaffScore e WHERE e.agency.id = :agency";
            }
            case STATISTIC -> {
                fields = new String[]{"code", "year", "part", "value", "unit", "provisional", "document", "location"};
                query = "SELECT e.id, e.id, e.code, e.year, e.part, e.value, e.unit, e.provisional, e.provenance.document,"
                        + " e.provenance.location FROM StatisticFigure e WHERE e.agency.id = :agency";
            }
            default -> throw new IllegalStateException(register.name());
        }
        em.createQuery(query, Object[].class).setParameter("agency", agencyId).getResultStream().forEach(row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                values.put(fields[i], row[i + 2]);
            }
            List<String> keys = register.naturalKeys(values);
            if (!keys.isEmpty()) {
                stored.records.put(values);
                stored.ids.put(keys.get(0), new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
            }
        });
        return stored;
    }

    /** Writes the plan's additions and updates; returns the years touched (empty: the register has no years). */
    Set<Integer> apply(ImportPlan plan, Stored stored, long importId, String fileName, Consumer<PlannedRecord> progress) {
        Set<Integer> years = new TreeSet<>();
        Writer writer = new Writer(stored, "Impor #" + importId + " (" + fileName + ")");
        int written = 0;
        for (PlannedRecord record : plan.records()) {
            if (record.outcome() != Outcome.ADD && record.outcome() != Outcome.UPDATE) {
                continue;
            }
            Object year = record.value("year");
            if (year instanceof Integer y) {
                years.add(y);
            }
            if (record.outcome() == Outcome.ADD) {
                writer.add(record);
            } else {
                writer.update(record);
            }
            progress.accept(record);
            if (++written % BATCH == 0) {
                writer.flushAndClear();
            }
        }
        em.flush();
        return years;
    }

    /** Writes records into the entities, one register. */
    private final class Writer {
        private final Stored stored;
        private final String document;
        private Agency agency;
        /** Cooperatives by normalised registration number and name: the id, or the entity added since the last flush. */
        private Map<String, Long> cooperativeIds;
        private final Map<String, Cooperative> newCooperatives = new HashMap<>();

        Writer(Stored stored, String document) {
            this.stored = stored;
            this.document = document;
            this.agency = em.find(Agency.class, agencyId);
        }

        void flushAndClear() {
            em.flush();
            newCooperatives.forEach((key, cooperative) -> cooperativeIds.put(key, cooperative.getId()));
            newCooperatives.clear();
            em.clear();
            agency = em.find(Agency.class, agencyId);
        }

        private Provenance source(PlannedRecord record) {
            return new Provenance(document, "baris " + record.row(), cut(text(record.value(Register.NOTE_FIELD)), 2000));
        }

        void add(PlannedRecord record) {
            Map<String, Object> v = record.values();
            switch (register) {
                case COOPERATIVE -> addCooperativeYear(record, v);
                case COMPANY -> em.persist(new Company(agency, text(v.get("name")), text(v.get("sector")), (Integer) v.get("workers"),
                        (Boolean) v.get("ppPkb"), text(v.get("ppPkbNumber")), (Boolean) v.get("lksBipartit"),
                        text(v.get("lksBipartitDecree")), (Boolean) v.get("wageStructure"), (Integer) v.get("bpjsParticipants"),
                        source(record)));
                case MICRO_BUSINESS -> {
                    MicroBusiness business = new MicroBusiness(agency, text(v.get("name")), text(v.get("ownerName")),
                            text(v.get("kecamatan")), text(v.get("nib")), text(v.get("npwp")), source(record));
                    business.assess((Boolean) v.get("fixedCommodity"), (Boolean) v.get("fixedPlace"), (Boolean) v.get("financialRecords"),
                            (Boolean) v.get("separatedFinances"), (Boolean) v.get("entrepreneurshipTraining"),
                            (Boolean) v.get("financeAccess"));
                    business.size((BigDecimal) v.get("capital"), (BigDecimal) v.get("annualSales"));
                    em.persist(business);
                }
                case STAFF_SCORE -> em.persist(new StaffScore(agency, (Integer) v.get("year"), text(v.get("nip")), text(v.get("name")),
                        (Employment) v.get("employment"), (BigDecimal) v.get("qualification"), (BigDecimal) v.get("competence"),
                        (BigDecimal) v.get("performance"), (BigDecimal) v.get("discipline"), source(record)));
                case STATISTIC -> em.persist(new StatisticFigure(agency, (Integer) v.get("year"), text(v.get("code")),
                        v.get("part") == null ? StatisticFigure.WHOLE : text(v.get("part")), (BigDecimal) v.get("value"),
                        text(v.get("unit")), Boolean.TRUE.equals(v.get("provisional")), figureSource(record, v)));
                default -> throw new IllegalStateException(register.name());
            }
        }

        private Provenance figureSource(PlannedRecord record, Map<String, Object> v) {
            String doc = text(v.get("document"));
            String location = text(v.get("location"));
            String note = text(v.get(Register.NOTE_FIELD));
            String via = document + ", baris " + record.row();
            return new Provenance(cut(doc == null ? document : doc, 300), cut(location == null ? "baris " + record.row() : location, 300),
                    cut(doc == null ? note : (note == null ? via : note + " — " + via), 2000));
        }

        private void addCooperativeYear(PlannedRecord record, Map<String, Object> v) {
            if (cooperativeIds == null) {
                cooperativeIds = new HashMap<>();
                em.createQuery("SELECT c.id, c.name, c.registrationNumber FROM Cooperative c WHERE c.agency.id = :agency", Object[].class)
                        .setParameter("agency", agencyId).getResultStream().forEach(row -> {
                            long id = ((Number) row[0]).longValue();
                            cooperativeIds.put(nameKey((String) row[1]), id);
                            if (row[2] != null) {
                                cooperativeIds.put(numberKey((String) row[2]), id);
                            }
                        });
            }
            String name = text(v.get("name"));
            String number = text(v.get("registrationNumber"));
            Cooperative cooperative = find(number == null ? null : numberKey(number));
            if (cooperative == null) {
                cooperative = find(nameKey(name));
            }
            if (cooperative == null) {
                cooperative = new Cooperative(agency, name, number, CooperativeStatus.AKTIF, source(record));
                em.persist(cooperative);
                newCooperatives.put(nameKey(name), cooperative);
                if (number != null) {
                    newCooperatives.put(numberKey(number), cooperative);
                }
            } else if (number != null && cooperative.getRegistrationNumber() == null) {
                cooperative.identify(cooperative.getName(), number);
                newCooperatives.put(numberKey(number), cooperative);
            }
            CooperativeYear year = cooperative.yearRecord((Integer) v.get("year"));
            year.record((LocalDate) v.get("ratDate"), (BigDecimal) v.get("businessVolume"), (BigDecimal) v.get("assets"), source(record));
        }

        private Cooperative find(String key) {
            Cooperative added = newCooperatives.get(key);
            if (added != null) {
                return added;
            }
            Long id = cooperativeIds.get(key);
            return id == null ? null : em.find(Cooperative.class, id);
        }

        void update(PlannedRecord record) {
            long[] ids = stored.ids.get(record.existingKey());
            Map<String, Object> before = stored.records.get(record.existingKey());
            if (ids == null || before == null) {
                throw new IllegalStateException("Record " + record.existingKey() + " is no longer known");
            }
            Map<String, Object> v = new HashMap<>(before);
            record.changes().forEach(change -> v.put(change.field(), change.after()));
            switch (register) {
                case COOPERATIVE -> {
                    Cooperative cooperative = em.find(Cooperative.class, ids[1]);
                    if (!same(cooperative.getName(), v.get("name")) || !same(cooperative.getRegistrationNumber(), v.get("registrationNumber"))) {
                        cooperative.identify(text(v.get("name")), text(v.get("registrationNumber")));
                    }
                    CooperativeYear year = em.find(CooperativeYear.class, ids[0]);
                    year.record((LocalDate) v.get("ratDate"), (BigDecimal) v.get("businessVolume"), (BigDecimal) v.get("assets"),
                            source(record));
                }
                case COMPANY -> {
                    Company company = em.find(Company.class, ids[0]);
                    company.identify(text(v.get("name")), text(v.get("sector")));
                    company.record((Integer) v.get("workers"), (Boolean) v.get("ppPkb"), text(v.get("ppPkbNumber")),
                            (Boolean) v.get("lksBipartit"), text(v.get("lksBipartitDecree")), (Boolean) v.get("wageStructure"),
                            (Integer) v.get("bpjsParticipants"), source(record));
                }
                case MICRO_BUSINESS -> {
                    MicroBusiness business = em.find(MicroBusiness.class, ids[0]);
                    business.identify(text(v.get("name")), text(v.get("ownerName")), text(v.get("kecamatan")), text(v.get("nib")),
                            text(v.get("npwp")), source(record));
                    business.assess((Boolean) v.get("fixedCommodity"), (Boolean) v.get("fixedPlace"), (Boolean) v.get("financialRecords"),
                            (Boolean) v.get("separatedFinances"), (Boolean) v.get("entrepreneurshipTraining"),
                            (Boolean) v.get("financeAccess"));
                    business.size((BigDecimal) v.get("capital"), (BigDecimal) v.get("annualSales"));
                }
                case STAFF_SCORE -> em.find(StaffScore.class, ids[0]).score(text(v.get("name")), employment(v.get("employment")),
                        (BigDecimal) v.get("qualification"), (BigDecimal) v.get("competence"), (BigDecimal) v.get("performance"),
                        (BigDecimal) v.get("discipline"), source(record));
                case STATISTIC -> {
                    StatisticFigure figure = em.find(StatisticFigure.class, ids[0]);
                    figure.change((BigDecimal) v.get("value"), Boolean.TRUE.equals(v.get("provisional")), figureSource(record, v));
                    figure.measureIn(text(v.get("unit")));
                }
                default -> throw new IllegalStateException(register.name());
            }
        }
    }

    private static Employment employment(Object value) {
        return value == null ? null : value instanceof Employment e ? e : Employment.valueOf(value.toString());
    }

    private static boolean same(Object a, Object b) {
        return InMemoryRecords.same(a, b);
    }

    private static String nameKey(String name) {
        return "nama:" + HeaderText.normalise(name);
    }

    private static String numberKey(String number) {
        return "nbh:" + number.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
