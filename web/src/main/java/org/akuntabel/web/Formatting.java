package org.akuntabel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Number display for pages, Indonesian style ({@code 1.234,56}): {@code #{fmt.fixed(value, 2)}}. */
@Named("fmt")
@ApplicationScoped
public class Formatting {

    /** Exactly {@code decimals} decimals; "-" for no value. */
    public String fixed(BigDecimal value, int decimals) {
        return IndonesianFormat.fixed(value, decimals);
    }

    /** A money amount: {@code Rp 31.781.794.203}; "tidak ada data" when missing. */
    public String rupiah(BigDecimal value) {
        return value == null ? "tidak ada data" : IndonesianFormat.rupiah(value);
    }

    /** A date: {@code 12 Februari 2025}. */
    public String date(LocalDate value) {
        return value == null ? "tidak ada data" : IndonesianFormat.date(value);
    }

    /** A moment in UTC: {@code 23 November 2026 00:33 UTC}. */
    public String moment(Instant value) {
        if (value == null) {
            return "-";
        }
        LocalDateTime utc = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
        return IndonesianFormat.date(utc.toLocalDate()) + " " + String.format("%02d:%02d", utc.getHour(), utc.getMinute()) + " UTC";
    }

    /** As many decimals as the value has (up to four): targets such as 71,79 or counts such as 115. */
    public String plain(BigDecimal value) {
        return IndonesianFormat.number(value, 4);
    }
}
