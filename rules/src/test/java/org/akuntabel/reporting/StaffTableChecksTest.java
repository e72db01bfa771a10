package org.akuntabel.reporting;

import org.akuntabel.agency.profile.AgencyProfiles.LineView;
import org.akuntabel.agency.profile.AgencyProfiles.TableView;
import org.akuntabel.agency.profile.AgencyProfiles;
import org.akuntabel.agency.profile.ProfileKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff tables of BAB I checked against each other and against their printed JUMLAH rows (seed 000, Tabel 1.1–1.5, 2025). */
class StaffTableChecksTest {

    @Test
    void theSeedsStaffTablesGiveFourHeadcountsFor2025AndTheEselonTableIsNotOneOfThem() {
        List<ConsistencyChecks.Check> checks = ConsistencyChecks.staffTables(2025, List.of(
                table(ProfileKind.UNIT, null, null, 20, 13, 9, 12, 25, null),
                table(ProfileKind.GOLONGAN, 54, 2, 20, 1, null, 16, 2, 13),
                table(ProfileKind.ESELON, 5, null, 4, 1),
                table(ProfileKind.PENDIDIKAN, 58, null, 1, 34, 6, 17, null, null),
                table(ProfileKind.STATUS, 54, 51, 3)));
        assertEquals(1, checks.size(), checks.toString());
        ConsistencyChecks.Check check = checks.get(0);
        assertEquals("JUMLAH_PEGAWAI_BERBEDA", check.code());
        assertEquals(ConsistencyChecks.ERROR, check.severity());
        assertEquals("Jumlah pegawai 2025 berbeda antar tabel kepegawaian: menurut unit kerja 79, menurut golongan 54, menurut "
                + "tingkat pendidikan 58, menurut status kepegawaian 54 (jumlah baris setiap tabel)", check.message());
        assertEquals("BAB I, Tabel 1.1–1.5", check.location());
    }

    @Test
    void tablesThatAgreeGiveNoFindingAndAPrintedTotalThatIsNotTheSumOfItsLinesIsNamed() {
        assertTrue(ConsistencyChecks.staffTables(2025, List.of(table(ProfileKind.GOLONGAN, 5, 2, 3),
                table(ProfileKind.STATUS, 5, 4, 1), table(ProfileKind.ESELON, 1, 1))).isEmpty());
        List<ConsistencyChecks.Check> checks = ConsistencyChecks.staffTables(2024, List.of(table(ProfileKind.STATUS, 60, 31, 28)));
        assertEquals(1, checks.size());
        assertEquals("JUMLAH_TABEL", checks.get(0).code());
        assertEquals("Kepegawaian — Jumlah Pegawai Berdasarkan Status Kepegawaian 2024: JUMLAH tercetak 60, jumlah barisnya 59",
                checks.get(0).message());
    }

    private static TableView table(ProfileKind kind, Integer printed, Integer... counts) {
        List<LineView> lines = Arrays.stream(counts).map(c -> new LineView("baris", c)).toList();
        return new TableView(kind, kind.title(), AgencyProfiles.total(lines), printed, null, lines);
    }
}
