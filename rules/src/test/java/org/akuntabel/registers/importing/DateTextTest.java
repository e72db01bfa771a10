package org.akuntabel.registers.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20/02/2025", "20/2/2025", "20-2-2025", "20.02.2025", "2025-02-20", "2025-2-20",
            "2025-02-20T00:00:00", "20 Februari 2025", "20 februari 2025", "20 FEBRUARI 2025", "20 Feb 2025",
            "20 feb. 2025", "20-Feb-2025", "20 Pebruari 2025", "20 February 2025", "February 20, 2025", "Feb 20 2025",
            "Kamis, 20 Februari 2025", "Jum'at 20 Februari 2025", " 20  Februari  2025 "})
    void readsTheWaysPeopleWriteDates(String text) {
        assertEquals(LocalDate.of(2025, 2, 20), DateText.parse(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"9 Maret 2024|2024-03-09", "31 Mei 2025|2025-05-31", "17 Agustus 1945|1945-08-17",
            "1 Agt 2025|2025-08-01", "10 Nopember 2024|2024-11-10", "25 Des 2024|2024-12-25", "3 Okt 2025|2025-10-03",
            "3 October 2025|2025-10-03", "1 Mei 2025|2025-05-01", "1 May 2025|2025-05-01"})
    void monthNames(String text, LocalDate date) {
        assertEquals(date, DateText.parse(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "31 Februari 2025|Tanggal tidak ada: 31 Februari 2025",
            "31/02/2025|Tanggal tidak ada: 31 Februari 2025",
            "29-2-2025|Tanggal tidak ada: 29 Februari 2025",
            "31 April 2024|Tanggal tidak ada: 31 April 2024",
            "02/20/2025|Tanggal '02/20/2025' tidak dapat dibaca: bulan 20 tidak ada (tulis hari/bulan/tahun, mis. 20/02/2025)",
            "20/02/25|Tanggal '20/02/25' tidak dapat dibaca: tahun harus ditulis empat angka",
            "20 Febuary 2025|Tanggal '20 Febuary 2025' tidak dapat dibaca: nama bulan 'febuary' tidak dikenal",
            "kemarin|Tanggal 'kemarin' tidak dapat dibaca (contoh yang dikenali: 20/02/2025, 2025-02-20, 20 Februari 2025)",
    })
    void impossibleOrUnreadableDatesAreRefused(String text, String message) {
        assertEquals(message, assertThrows(CellProblem.class, () -> DateText.parse(text)).getMessage());
    }

    @org.junit.jupiter.api.Test
    void leapDay() {
        assertEquals(LocalDate.of(2024, 2, 29), DateText.parse("29 Februari 2024"));
    }
}
