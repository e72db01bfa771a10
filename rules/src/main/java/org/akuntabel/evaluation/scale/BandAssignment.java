package org.akuntabel.evaluation.scale;

import org.akuntabel.evaluation.Band;

/** What a scale rule records: the band (code, label, colour) an achievement falls in. */
public final class BandAssignment {

    private final String code;
    private final String label;
    private final String colour;

    public BandAssignment(String code, String label, String colour) {
        this.code = code;
        this.label = label;
        this.colour = colour;
    }

    public Band toBand() {
        return new Band(code, label, colour);
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getColour() {
        return colour;
    }
}
