package org.akuntabel.reporting;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.akuntabel.evaluation.Band;

import java.io.Serializable;

/** An interpretation band: {@code {"code":"D","label":"Kurang","colour":"#E53935"}}. */
@JsonbPropertyOrder({"code", "label", "colour"})
public record BandView(String code, String label, String colour) implements Serializable {

    static BandView of(Band band) {
        return band == null ? null : new BandView(band.getCode(), band.getLabel(), band.getColour());
    }
}
