package org.akuntabel.agency.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.akuntabel.agency.Agency;
import org.akuntabel.reporting.IndicatorResults;

import java.util.List;

/** An agency as the API shows it, with the years it has figures or plans for. */
@JsonbPropertyOrder({"code", "name", "level", "region", "years"})
public record AgencyView(String code, String name, String level, String region, List<Integer> years) {

    static AgencyView of(Agency agency, IndicatorResults results) {
        return new AgencyView(agency.getCode(), agency.getName(), agency.getLevel().name(), agency.getRegion(),
                results.years(agency.getCode()));
    }
}
