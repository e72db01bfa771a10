package org.akuntabel.registers.synthetic;

import org.akuntabel.registers.microbusiness.MicroBusinessFacts;

import java.math.BigDecimal;

/** A synthetic micro-business with the entrepreneur criteria fields; {@code null} is a missing value. */
public record SyntheticMicroBusiness(long id, Region region, String name, String ownerName, String kecamatan, String nib,
                                     String npwp, Boolean fixedCommodity, Boolean fixedPlace, Boolean financialRecords,
                                     Boolean separatedFinances, Boolean entrepreneurshipTraining, Boolean financeAccess,
                                     BigDecimal capital, BigDecimal annualSales) {

    /** The facts the micro-business rules read, judged for {@code reportingYear} (legality derived from NIB/NPWP). */
    public MicroBusinessFacts facts(int reportingYear) {
        return new MicroBusinessFacts(id, name, kecamatan, reportingYear, fixedCommodity, fixedPlace, financialRecords,
                separatedFinances, entrepreneurshipTraining, financeAccess, nib, npwp, null, capital, annualSales);
    }
}
