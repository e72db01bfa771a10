package org.akuntabel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;

/** Number display for pages, Indonesian style ({@code 1.234,56}): {@code #{fmt.fixed(value, 2)}}. */
@Named("fmt")
@ApplicationScoped
public class Formatting {

    /** Exactly {@code decimals} decimals; "-" for no value. */
    public String fixed(BigDecimal value, int decimals) {
        return IndonesianFormat.fixed(value, decimals);
    }

    /** As many decimals as the value has (up to four): targets such as 71,79 or counts such as 115. */
    public String plain(BigDecimal value) {
        return IndonesianFormat.number(value, 4);
    }
}
