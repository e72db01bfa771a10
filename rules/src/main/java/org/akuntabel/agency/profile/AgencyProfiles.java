package org.akuntabel.agency.profile;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;
import jakarta.ejb.Stateless;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.registers.ValidationFailedException.FieldError;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * An agency's profile for BAB I of its report, read and replaced whole: the organisation (duties, functions, units
 * under their parents) and per year the staff tables and the facilities table. Counts are whole numbers of zero or
 * more, or empty where the document prints "-"; a table's total is computed from its lines, the printed total
 * (JUMLAH) is kept beside it. A change names the version it was based on: the version is a checksum of the stored
 * content, and a change based on other content is refused (409).
 */
@Stateless
@Guarded
public class AgencyProfiles {

    /** The staff tables (Kepegawaian). */
    public static final Set<ProfileKind> STAFF = EnumSet.of(ProfileKind.UNIT, ProfileKind.GOLONGAN, ProfileKind.ESELON,
            ProfileKind.PENDIDIKAN, ProfileKind.STATUS);
    /** The facilities table (Sarana dan Prasarana). */
    public static final Set<ProfileKind> FACILITIES = EnumSet.of(ProfileKind.SARANA);

    /** A unit of the organisation and the name of the unit it belongs to ({@code null} at the top). */
    @JsonbPropertyOrder({"name", "parent"})
    public record UnitView(String name, String parent) {
    }

    /** The organisation as read and written. */
    @JsonbPropertyOrder({"agency", "duties", "functions", "source", "units", "version"})
    public record OrganisationView(String agency, String duties, List<String> functions, String source, List<UnitView> units,
                                   long version) {
    }

    /** A change of the organisation: everything replaced; {@code version} as read. */
    public record OrganisationInput(String duties, List<String> functions, String source, List<UnitView> units, Long version) {
    }

    /** A line of a table: category and count ({@code null}: printed "-"). */
    @JsonbPropertyOrder({"category", "count"})
    public record LineView(String category, Integer count) {
    }

    /** A table with its total computed from the lines and the total printed for it. */
    @JsonbPropertyOrder({"kind", "title", "total", "printedTotal", "source", "lines"})
    public record TableView(ProfileKind kind, String title, int total, Integer printedTotal, String source, List<LineView> lines) {
    }

    /** The tables of a year. */
    @JsonbPropertyOrder({"agency", "year", "tables", "version"})
    public record TablesView(String agency, int year, List<TableView> tables, long version) {
    }

    /** A line as sent: any number, validated to a whole number of zero or more. */
    public record LineInput(String category, BigDecimal count) {
    }

    /** A table as sent. */
    public record TableInput(String kind, BigDecimal printedTotal, String source, List<LineInput> lines) {
    }

    /** The tables of a year as sent, replacing the stored ones; {@code version} as read. */
    public record TablesInput(List<TableInput> tables, Long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    // ---- organisation

    public OrganisationView organisation(String agencyCode) {
        Agency agency = Agencies.byCode(em, agencyCode);
        return find(agency).map(o -> view(agency, o)).orElseGet(() -> new OrganisationView(agency.getCode(), null, List.of(), null,
                List.of(), checksum("")));
    }

    @Allowed(Role.OPERATOR)
    public OrganisationView replaceOrganisation(String agencyCode, OrganisationInput input) {
        Agency agency = Agencies.byCode(em, agencyCode);
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw new ValidationFailedException(List.of(new FieldError("organisation", "Data organisasi wajib dikirim")));
        }
        String duties = text(input.duties(), "duties", 4000, errors);
        List<String> functions = new ArrayList<>();
        List<String> given = input.functions() == null ? List.of() : input.functions();
        for (int i = 0; i < given.size(); i++) {
            String function = text(given.get(i), "functions[" + i + "]", 1000, errors);
            if (function == null) {
                errors.add(new FieldError("functions[" + i + "]", "Fungsi kosong: hapus barisnya atau isi"));
            } else if (function.contains("\n")) {
                functions.add(function.replace('\n', ' '));
            } else {
                functions.add(function);
            }
        }
        String source = text(input.source(), "source", 500, errors);
        List<UnitView> units = input.units() == null ? List.of() : input.units();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            UnitView unit = units.get(i);
            String name = unit == null ? null : text(unit.name(), "units[" + i + "].name", 300, errors);
            if (name == null) {
                errors.add(new FieldError("units[" + i + "].name", "Nama unit organisasi wajib diisi"));
                continue;
            }
            String parent = blank(unit.parent());
            if (parent != null && !seen.contains(key(parent))) {
                errors.add(new FieldError("units[" + i + "].parent", "Unit induk '" + parent
                        + "' tidak ada di atas unit " + name + ": sebutkan unit induk lebih dahulu"));
            }
            if (!seen.add(key(name))) {
                errors.add(new FieldError("units[" + i + "].name", "Unit '" + name + "' disebut dua kali"));
            }
        }
        ValidationFailedException.throwIfAny(errors);

        Organisation organisation = find(agency).orElse(null);
        long current = organisation == null ? checksum("") : view(agency, organisation).version();
        if (organisation != null && (input.version() == null || input.version() != current)) {
            throw new ConcurrentEditException("Organisasi instansi " + agencyCode);
        }
        if (organisation == null) {
            organisation = new Organisation(agency);
            em.persist(organisation);
        } else {
            List<OrganisationUnit> old = units(organisation);
            old.forEach(OrganisationUnit::detach);
            em.flush();
            old.forEach(em::remove);
            em.flush();
        }
        organisation.describe(duties, functions, source);
        Map<String, OrganisationUnit> byName = new HashMap<>();
        int order = 0;
        for (UnitView unit : units) {
            String parent = blank(unit.parent());
            OrganisationUnit created = new OrganisationUnit(organisation, ++order, unit.name().trim(),
                    parent == null ? null : byName.get(key(parent)));
            em.persist(created);
            byName.put(key(created.getName()), created);
        }
        em.flush();
        return view(agency, organisation);
    }

    private java.util.Optional<Organisation> find(Agency agency) {
        return em.createNamedQuery("Organisation.findByAgency", Organisation.class).setParameter("agency", agency)
                .getResultStream().findFirst();
    }

    private List<OrganisationUnit> units(Organisation organisation) {
        return em.createNamedQuery("OrganisationUnit.findByOrganisation", OrganisationUnit.class)
                .setParameter("organisation", organisation).getResultList();
    }

    private OrganisationView view(Agency agency, Organisation o) {
        List<UnitView> units = units(o).stream()
                .map(u -> new UnitView(u.getName(), u.getParent() == null ? null : u.getParent().getName())).toList();
        StringBuilder content = new StringBuilder().append(o.getDuties()).append('|').append(o.getFunctions()).append('|')
                .append(o.getSource());
        units.forEach(u -> content.append('|').append(u.name()).append('<').append(u.parent()));
        return new OrganisationView(agency.getCode(), o.getDuties(), o.getFunctions(), o.getSource(), units,
                checksum(content.toString()));
    }

    // ---- staff and facilities

    /** The staff tables of a year. */
    public TablesView staff(String agencyCode, int year) {
        return tablesView(agencyCode, year, STAFF);
    }

    /** The facilities table of a year. */
    public TablesView facilities(String agencyCode, int year) {
        return tablesView(agencyCode, year, FACILITIES);
    }

    @Allowed(Role.OPERATOR)
    public TablesView replaceStaff(String agencyCode, int year, TablesInput input) {
        return replace(agencyCode, year, STAFF, input);
    }

    @Allowed(Role.OPERATOR)
    public TablesView replaceFacilities(String agencyCode, int year, TablesInput input) {
        return replace(agencyCode, year, FACILITIES, input);
    }

    /** Every profile table of the given years, by year and in the order of {@link ProfileKind}. */
    public List<TableView> tables(String agencyCode, int year, Set<ProfileKind> kinds) {
        return stored(Agencies.byCode(em, agencyCode), year, kinds).stream().map(AgencyProfiles::view).toList();
    }

    private TablesView tablesView(String agencyCode, int year, Set<ProfileKind> kinds) {
        List<TableView> tables = tables(agencyCode, year, kinds);
        return new TablesView(agencyCode, year, tables, checksum(tables));
    }

    private TablesView replace(String agencyCode, int year, Set<ProfileKind> kinds, TablesInput input) {
        Agency agency = Agencies.byCode(em, agencyCode);
        List<FieldError> errors = new ArrayList<>();
        if (year < 1900 || year > 2200) {
            errors.add(new FieldError("year", "Tahun " + year + " tidak masuk akal"));
        }
        List<TableInput> tables = input == null || input.tables() == null ? List.of() : input.tables();
        Map<ProfileKind, TableInput> valid = new java.util.EnumMap<>(ProfileKind.class);
        for (int t = 0; t < tables.size(); t++) {
            String at = "tables[" + t + "]";
            TableInput table = tables.get(t);
            if (table == null) {
                errors.add(new FieldError(at, "Tabel kosong"));
                continue;
            }
            ProfileKind kind = kind(table.kind(), kinds, at + ".kind", errors);
            if (kind != null && valid.putIfAbsent(kind, table) != null) {
                errors.add(new FieldError(at + ".kind", "Tabel " + kind + " dikirim dua kali"));
            }
            String name = kind == null ? "Tabel " + (t + 1) : kind.title();
            count(table.printedTotal(), at + ".printedTotal", name + ", JUMLAH tercetak", errors);
            text(table.source(), at + ".source", 500, errors);
            List<LineInput> lines = table.lines() == null ? List.of() : table.lines();
            Set<String> categories = new HashSet<>();
            for (int l = 0; l < lines.size(); l++) {
                String line = at + ".lines[" + l + "]";
                LineInput given = lines.get(l);
                String category = given == null ? null : text(given.category(), line + ".category", 300, errors);
                if (category == null) {
                    errors.add(new FieldError(line + ".category", name + ", baris " + (l + 1) + ": uraian wajib diisi"));
                } else if (!categories.add(key(category))) {
                    errors.add(new FieldError(line + ".category", name + ": uraian '" + category + "' disebut dua kali"));
                }
                if (given != null) {
                    count(given.count(), line + ".count", name + ", baris " + (l + 1), errors);
                }
            }
        }
        ValidationFailedException.throwIfAny(errors);

        List<ProfileTable> old = stored(agency, year, kinds);
        long current = checksum(old.stream().map(AgencyProfiles::view).toList());
        Long version = input == null ? null : input.version();
        if (!old.isEmpty() && (version == null || version != current)) {
            throw new ConcurrentEditException("Tabel " + (kinds.equals(STAFF) ? "kepegawaian" : "sarana dan prasarana") + " "
                    + agencyCode + " " + year);
        }
        old.forEach(em::remove);
        em.flush();
        valid.forEach((kind, table) -> {
            ProfileTable created = new ProfileTable(agency, year, kind, whole(table.printedTotal()), blank(table.source()));
            (table.lines() == null ? List.<LineInput>of() : table.lines())
                    .forEach(line -> created.addLine(line.category().trim(), whole(line.count())));
            em.persist(created);
        });
        em.flush();
        return tablesView(agencyCode, year, kinds);
    }

    private List<ProfileTable> stored(Agency agency, int year, Set<ProfileKind> kinds) {
        return em.createNamedQuery("ProfileTable.findByAgencyAndYears", ProfileTable.class).setParameter("agency", agency)
                .setParameter("years", List.of(year)).getResultStream().filter(t -> kinds.contains(t.getKind()))
                .sorted(java.util.Comparator.comparing(ProfileTable::getKind)).toList();
    }

    private static TableView view(ProfileTable t) {
        List<LineView> lines = t.getLines().stream().map(l -> new LineView(l.getCategory(), l.getCount())).toList();
        return new TableView(t.getKind(), t.getKind().title(), total(lines), t.getPrintedTotal(), t.getSource(), lines);
    }

    /** The sum of the lines' counts; a "-" adds nothing. */
    public static int total(List<LineView> lines) {
        return lines.stream().map(LineView::count).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    private static ProfileKind kind(String text, Set<ProfileKind> allowed, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (allowed.size() == 1) {
                return allowed.iterator().next();
            }
            errors.add(new FieldError(field, "Jenis tabel wajib diisi: " + allowed));
            return null;
        }
        try {
            ProfileKind kind = ProfileKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
            if (allowed.contains(kind)) {
                return kind;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        errors.add(new FieldError(field, "Jenis tabel '" + text + "' tidak dikenal di sini; yang dikenal: " + allowed));
        return null;
    }

    /** A count: empty, or a whole number of zero or more. */
    private static void count(BigDecimal value, String field, String where, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            errors.add(new FieldError(field, where + ": jumlah harus bilangan bulat 0 atau lebih (atau kosong untuk \"-\"), bukan "
                    + value.toPlainString().replace('.', ',')));
        }
    }

    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String text = blank(value);
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "Paling banyak " + max + " karakter (" + text.length() + " dikirim)"));
        }
        return text;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static long checksum(List<TableView> tables) {
        return checksum(tables.toString());
    }

    private static long checksum(String content) {
        CRC32 crc = new CRC32();
        crc.update(content.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
