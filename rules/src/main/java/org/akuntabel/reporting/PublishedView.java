package org.akuntabel.reporting;

import java.math.BigDecimal;

/** The figures as the agency printed them, with where they were printed. */
public record PublishedView(BigDecimal realisation, BigDecimal achievement, String label, String source) {
}
