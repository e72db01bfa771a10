package org.akuntabel.evaluation.batch;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The entities of one agency in a completed batch run and how many of them counted. */
@JsonbPropertyOrder({"agency", "name", "total", "counted"})
public record AgencyCount(String agency, String name, long total, long counted) {
}
