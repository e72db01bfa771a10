package org.akuntabel.agency.profile;

/**
 * The tables of an agency's profile for a year: five staff breakdowns (Kepegawaian, BAB I 1.4) and the facilities
 * (Sarana dan Prasarana, BAB I 1.5), each with the report's title and the header of its category column.
 */
public enum ProfileKind {
    UNIT("Jumlah Pegawai Berdasarkan Struktur Organisasi", "Unit Kerja", true),
    GOLONGAN("Jumlah Pegawai Berdasarkan Golongan", "Golongan", true),
    ESELON("Jumlah Pegawai Berdasarkan Eselonisasi", "Eselon", true),
    PENDIDIKAN("Jumlah Pegawai Berdasarkan Tingkat Pendidikan", "Tingkat Pendidikan", true),
    STATUS("Jumlah Pegawai Berdasarkan Status Kepegawaian", "Status Kepegawaian", true),
    SARANA("Jumlah Sarana dan Prasarana", "Sarana dan Prasarana", false);

    private final String title;
    private final String header;
    private final boolean staff;

    ProfileKind(String title, String header, boolean staff) {
        this.title = title;
        this.header = header;
        this.staff = staff;
    }

    /** The table's title in the report, such as "Jumlah Pegawai Berdasarkan Golongan". */
    public String title() {
        return title;
    }

    /** The header of the category column. */
    public String header() {
        return header;
    }

    /** Whether the table counts staff (Kepegawaian) rather than facilities. */
    public boolean isStaff() {
        return staff;
    }

    /**
     * Whether the table counts every member of staff, so that its total is the agency's headcount: all staff
     * tables but the eselon one, which counts only structural officials.
     */
    public boolean countsEveryone() {
        return staff && this != ESELON;
    }
}
