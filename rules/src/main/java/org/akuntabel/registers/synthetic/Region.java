package org.akuntabel.registers.synthetic;

import org.akuntabel.agency.GovernmentLevel;

/**
 * One synthetic kabupaten/kota: the province it lies in, its level, the synthetic agency that holds its registers and
 * its share of the national population (the weight entities are spread by).
 *
 * @param number     1-based position among the kabupaten/kota of its province
 * @param kecamatan  how many kecamatan the micro-businesses are spread over
 */
public record Region(String province, int number, GovernmentLevel level, String agencyCode, String name, int kecamatan,
                     double weight) {

    /** The agency name, labelled synthetic. */
    public String agencyName() {
        return "Dinas Koperasi dan UKM " + name + " (SINTETIS)";
    }
}
