package org.akuntabel.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An interpretation band of an achievement scale: code (e.g. {@code B}), label ({@code Baik}) and
 * display colour (hex). Produced by the agency's scale rule set, never hard-coded.
 */
@Embeddable
public class Band {

    @Column(name = "band_code", length = 10)
    private String code;

    @Column(name = "band_label", length = 100)
    private String label;

    @Column(name = "band_colour", length = 20)
    private String colour;

    protected Band() {
    }

    public Band(String code, String label, String colour) {
        this.code = code;
        this.label = label;
        this.colour = colour;
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

    @Override
    public String toString() {
        return code + " " + label;
    }
}
