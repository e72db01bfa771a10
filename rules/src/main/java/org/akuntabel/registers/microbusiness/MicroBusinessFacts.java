package org.akuntabel.registers.microbusiness;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import org.akuntabel.evaluation.Subject;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * What the micro-business rules may read about one micro-business: the entrepreneur criteria of LKjIP
 * 2025 Sasaran 5 (fixed commodity, fixed place of business, financial records, family and business
 * finances separated, entrepreneurship training, access to financial institutions, legality: NIB or
 * other legality including NPWP) and the size figures of PP 7/2021 (capital excluding land and
 * buildings, annual sales), with the reporting year it is judged for (the register holds the current
 * state; the year selects the thresholds in force). {@code null} means the register holds no value.
 *
 * <p>{@code legality} is {@code true} when an NIB or an NPWP is recorded. The register has no field
 * saying a business has <em>no</em> legality, so built from the register it is otherwise {@code null}
 * (no data); {@code false} can only come from facts that say so explicitly.
 */
public final class MicroBusinessFacts implements Subject {

    private final long microBusinessId;
    private final String name;
    private final String kecamatan;
    private final Integer reportingYear;
    private final Boolean fixedCommodity;
    private final Boolean fixedPlace;
    private final Boolean financialRecords;
    private final Boolean separatedFinances;
    private final Boolean entrepreneurshipTraining;
    private final Boolean financeAccess;
    private final String nib;
    private final String npwp;
    private final Boolean legality;
    private final BigDecimal capital;
    private final BigDecimal annualSales;

    /**
     * The facts; a test file may leave out any property but the id (it is then {@code null}).
     *
     * @param legality {@code null} to derive it from {@code nib}/{@code npwp}; {@code false} together with
     *                 a recorded NIB or NPWP is a contradiction and refused
     */
    @JsonbCreator
    public MicroBusinessFacts(@JsonbProperty("microBusinessId") long microBusinessId,
                              @JsonbProperty("name") String name,
                              @JsonbProperty("kecamatan") String kecamatan,
                              @JsonbProperty("reportingYear") Integer reportingYear,
                              @JsonbProperty("fixedCommodity") Boolean fixedCommodity,
                              @JsonbProperty("fixedPlace") Boolean fixedPlace,
                              @JsonbProperty("financialRecords") Boolean financialRecords,
                              @JsonbProperty("separatedFinances") Boolean separatedFinances,
                              @JsonbProperty("entrepreneurshipTraining") Boolean entrepreneurshipTraining,
                              @JsonbProperty("financeAccess") Boolean financeAccess,
                              @JsonbProperty("nib") String nib,
                              @JsonbProperty("npwp") String npwp,
                              @JsonbProperty("legality") Boolean legality,
                              @JsonbProperty("capital") BigDecimal capital,
                              @JsonbProperty("annualSales") BigDecimal annualSales) {
        this.microBusinessId = microBusinessId;
        this.name = name;
        this.kecamatan = kecamatan;
        this.reportingYear = reportingYear;
        this.fixedCommodity = fixedCommodity;
        this.fixedPlace = fixedPlace;
        this.financialRecords = financialRecords;
        this.separatedFinances = separatedFinances;
        this.entrepreneurshipTraining = entrepreneurshipTraining;
        this.financeAccess = financeAccess;
        this.nib = blankToNull(nib);
        this.npwp = blankToNull(npwp);
        boolean recorded = this.nib != null || this.npwp != null;
        if (Boolean.FALSE.equals(legality) && recorded) {
            throw new IllegalArgumentException("Usaha mikro " + name + ": NIB/NPWP tercatat, tetapi legalitas dinyatakan tidak ada");
        }
        this.legality = legality != null ? legality : recorded ? Boolean.TRUE : null;
        this.capital = capital;
        this.annualSales = annualSales;
    }

    /** The facts of {@code business} as the register holds them now, judged for reporting year {@code year}. */
    public static MicroBusinessFacts of(MicroBusiness business, int year) {
        return new MicroBusinessFacts(business.getId(), business.getName(), business.getKecamatan(), year,
                business.getFixedCommodity(), business.getFixedPlace(), business.getFinancialRecords(),
                business.getSeparatedFinances(), business.getEntrepreneurshipTraining(), business.getFinanceAccess(),
                business.getNib(), business.getNpwp(), null, business.getCapital(), business.getAnnualSales());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public long getSubjectId() {
        return microBusinessId;
    }

    @Override
    public String getSubjectName() {
        return name;
    }

    @Override
    public String canonicalForm() {
        return String.join("|", "USAHA_MIKRO", Long.toString(microBusinessId), name, String.valueOf(kecamatan),
                String.valueOf(reportingYear), String.valueOf(fixedCommodity), String.valueOf(fixedPlace),
                String.valueOf(financialRecords), String.valueOf(separatedFinances), String.valueOf(entrepreneurshipTraining),
                String.valueOf(financeAccess), String.valueOf(nib), String.valueOf(npwp), String.valueOf(legality),
                plain(capital), plain(annualSales));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public OptionalInt evaluationYear() {
        return reportingYear == null ? OptionalInt.empty() : OptionalInt.of(reportingYear);
    }

    public long getMicroBusinessId() {
        return microBusinessId;
    }

    public String getName() {
        return name;
    }

    public String getKecamatan() {
        return kecamatan;
    }

    /** The reporting year the business is judged for, or {@code null} when not given. */
    public Integer getReportingYear() {
        return reportingYear;
    }

    /** Jenis barang/komoditi usahanya tetap. */
    public Boolean getFixedCommodity() {
        return fixedCommodity;
    }

    /** Memiliki tempat usaha yang tetap. */
    public Boolean getFixedPlace() {
        return fixedPlace;
    }

    /** Sudah memiliki administrasi keuangan. */
    public Boolean getFinancialRecords() {
        return financialRecords;
    }

    /** Sudah memisahkan keuangan keluarga dan usaha. */
    public Boolean getSeparatedFinances() {
        return separatedFinances;
    }

    /** Pengusahanya sudah mendapat pelatihan jiwa wirausaha. */
    public Boolean getEntrepreneurshipTraining() {
        return entrepreneurshipTraining;
    }

    /** Sudah memiliki akses ke lembaga keuangan. */
    public Boolean getFinanceAccess() {
        return financeAccess;
    }

    /** Nomor Induk Berusaha, or {@code null}. */
    public String getNib() {
        return nib;
    }

    public String getNpwp() {
        return npwp;
    }

    /** Has an NIB or other legality including NPWP: {@code true}, {@code false}, or {@code null} (no data). */
    public Boolean getLegality() {
        return legality;
    }

    /** Modal usaha, excluding land and buildings, in rupiah. */
    public BigDecimal getCapital() {
        return capital;
    }

    /** Hasil penjualan tahunan, in rupiah. */
    public BigDecimal getAnnualSales() {
        return annualSales;
    }
}
