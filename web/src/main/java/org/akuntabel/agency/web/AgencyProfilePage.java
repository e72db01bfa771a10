package org.akuntabel.agency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.AgencyEditing;
import org.akuntabel.agency.profile.AgencyProfiles;
import org.akuntabel.agency.profile.ProfileKind;
import org.akuntabel.web.Pages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The agency's profile for BAB I of its report, on the agency page: duties, functions and units of the organisation,
 * and per year the staff tables and the facilities table, edited line by line and saved whole (validated; a form
 * read before someone else's change is refused).
 */
@Named("profilInstansi")
@ViewScoped
public class AgencyProfilePage implements Serializable {

    /** A unit of the organisation: its name and the unit it belongs to (empty at the top). */
    public static final class UnitRow implements Serializable {
        private String name;
        private String parent;

        UnitRow(String name, String parent) {
            this.name = name;
            this.parent = parent;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getParent() { return parent; }
        public void setParent(String parent) { this.parent = parent; }
    }

    /** A line of a table: the category and its count (empty: "-"). */
    public static final class LineRow implements Serializable {
        private String category;
        private Integer count;

        LineRow(String category, Integer count) {
            this.category = category;
            this.count = count;
        }

        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
    }

    /** A table being edited, with its computed total as last saved. */
    public static final class TableRow implements Serializable {
        private final ProfileKind kind;
        private Integer printedTotal;
        private String source;
        private Integer total;
        private final List<LineRow> lines = new ArrayList<>();

        TableRow(ProfileKind kind) {
            this.kind = kind;
        }

        public ProfileKind getKind() { return kind; }
        public String getTitle() { return kind.title(); }
        public String getHeader() { return kind.header(); }
        public boolean isStaff() { return kind.isStaff(); }
        public Integer getPrintedTotal() { return printedTotal; }
        public void setPrintedTotal(Integer printedTotal) { this.printedTotal = printedTotal; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Integer getTotal() { return total; }
        public List<LineRow> getLines() { return lines; }

        public void addLine() {
            lines.add(new LineRow(null, null));
        }

        public void removeLine(LineRow line) {
            lines.remove(line);
        }

        AgencyProfiles.TableInput input() {
            return new AgencyProfiles.TableInput(kind.name(), printedTotal == null ? null : BigDecimal.valueOf(printedTotal), source,
                    lines.stream().map(l -> new AgencyProfiles.LineInput(l.category,
                            l.count == null ? null : BigDecimal.valueOf(l.count))).toList());
        }

        boolean isEmpty() {
            return lines.isEmpty() && printedTotal == null;
        }
    }

    @Inject
    private AgencyProfiles profiles;

    @Inject
    private AgencyEditing agencies;

    @Inject
    private org.akuntabel.reporting.IndicatorResults results;

    private String agency;
    private int year;
    private String duties;
    private String functions;
    private String organisationSource;
    private long organisationVersion;
    private List<UnitRow> units = new ArrayList<>();
    private List<TableRow> staff = new ArrayList<>();
    private long staffVersion;
    private TableRow facilities = new TableRow(ProfileKind.SARANA);
    private long facilitiesVersion;

    public void load() {
        Pages.load(() -> {
            if (agency == null || agency.isBlank()) {
                agency = agencies.list().stream().findFirst().map(AgencyEditing.AgencyRecord::code).orElse(null);
            }
            if (year == 0 && agency != null) {
                Integer latest = results.defaultYear(agency);
                year = latest != null ? latest : Year.now().getValue();
            }
            if (agency != null) {
                read();
            }
        });
    }

    /** Shows another agency or year. */
    public void show() {
        if (agency != null) {
            Pages.load(this::read);
        }
    }

    private void read() {
        AgencyProfiles.OrganisationView organisation = profiles.organisation(agency);
        duties = organisation.duties();
        functions = String.join("\n", organisation.functions());
        organisationSource = organisation.source();
        organisationVersion = organisation.version();
        units = new ArrayList<>(organisation.units().stream().map(u -> new UnitRow(u.name(), u.parent())).toList());
        AgencyProfiles.TablesView stored = profiles.staff(agency, year);
        staffVersion = stored.version();
        staff = new ArrayList<>();
        for (ProfileKind kind : AgencyProfiles.STAFF) {
            staff.add(row(kind, stored));
        }
        AgencyProfiles.TablesView facilityTables = profiles.facilities(agency, year);
        facilitiesVersion = facilityTables.version();
        facilities = row(ProfileKind.SARANA, facilityTables);
    }

    private static TableRow row(ProfileKind kind, AgencyProfiles.TablesView stored) {
        TableRow row = new TableRow(kind);
        stored.tables().stream().filter(t -> t.kind() == kind).findFirst().ifPresent(t -> {
            row.printedTotal = t.printedTotal();
            row.source = t.source();
            row.total = t.total();
            t.lines().forEach(l -> row.lines.add(new LineRow(l.category(), l.count())));
        });
        return row;
    }

    public void saveOrganisation() {
        List<String> lines = functions == null ? List.of()
                : Arrays.stream(functions.split("\\R")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        List<AgencyProfiles.UnitView> given = units.stream().map(u -> new AgencyProfiles.UnitView(u.name, u.parent)).toList();
        if (Pages.attempt(() -> profiles.replaceOrganisation(agency, new AgencyProfiles.OrganisationInput(duties, lines,
                organisationSource, given, organisationVersion)), "edit.saved.plain")) {
            read();
        }
    }

    public void saveStaff() {
        List<AgencyProfiles.TableInput> tables = staff.stream().filter(t -> !t.isEmpty()).map(TableRow::input).toList();
        if (Pages.attempt(() -> profiles.replaceStaff(agency, year, new AgencyProfiles.TablesInput(tables, staffVersion)),
                "edit.saved.plain")) {
            read();
        }
    }

    public void saveFacilities() {
        List<AgencyProfiles.TableInput> tables = facilities.isEmpty() ? List.of() : List.of(facilities.input());
        if (Pages.attempt(() -> profiles.replaceFacilities(agency, year, new AgencyProfiles.TablesInput(tables, facilitiesVersion)),
                "edit.saved.plain")) {
            read();
        }
    }

    public void addUnit() {
        units.add(new UnitRow(null, null));
    }

    public void removeUnit(UnitRow unit) {
        units.remove(unit);
    }

    public List<String> getAgencyCodes() {
        return agencies.list().stream().map(AgencyEditing.AgencyRecord::code).toList();
    }

    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getPreviousYear() { return year - 1; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    public String getFunctions() { return functions; }
    public void setFunctions(String functions) { this.functions = functions; }
    public String getOrganisationSource() { return organisationSource; }
    public void setOrganisationSource(String organisationSource) { this.organisationSource = organisationSource; }
    public List<UnitRow> getUnits() { return units; }
    public List<TableRow> getStaff() { return staff; }
    public TableRow getFacilities() { return facilities; }
    /** The facilities table as a list of one, for the same table editor as the staff tables. */
    public List<TableRow> getFacilitiesTables() { return List.of(facilities); }
}
