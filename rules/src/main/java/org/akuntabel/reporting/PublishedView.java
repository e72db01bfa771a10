package org.akuntabel.reporting;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The figures as the agency printed them, with where they were printed, and the band the agency's
 * own scale gives to the printed achievement ({@code scaleBand}), so a printed label that contradicts
 * the scale shows.
 */
@JsonbNillable
@JsonbPropertyOrder({"realisation", "achievement", "label", "scaleBand", "source"})
public record PublishedView(BigDecimal realisation, BigDecimal achievement, String label, BandView scaleBand, String source)
        implements Serializable {
}
