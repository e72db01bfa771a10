package org.akuntabel.agency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.agency.Agency;
import org.akuntabel.reporting.IndicatorResults;

import java.util.List;

/** {@code /api/v1/agencies}: the agencies of this installation. */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    /** An agency as the API shows it. */
    public record AgencyView(String code, String name, String level, String region, List<Integer> years) {
    }

    @Inject
    private IndicatorResults results;

    @GET
    public List<AgencyView> agencies() {
        return results.agencies().stream().map(this::view).toList();
    }

    @GET
    @Path("{agency}")
    public AgencyView agency(@PathParam("agency") String code) {
        return view(results.agency(code));
    }

    private AgencyView view(Agency agency) {
        return new AgencyView(agency.getCode(), agency.getName(), agency.getLevel().name(), agency.getRegion(),
                results.years(agency.getCode()));
    }
}
