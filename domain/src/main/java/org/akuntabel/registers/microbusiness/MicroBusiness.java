package org.akuntabel.registers.microbusiness;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;

/**
 * A micro-business in an agency's register. Its fields are the ones the entrepreneur criteria read
 * (LKjIP 2025, Sasaran 5: fixed commodity, fixed place of business, financial records, family and
 * business finances separated, entrepreneurship training, access to financial institutions, a business
 * licence (NIB) or other legality including NPWP) and the size criteria of PP 7/2021 (capital excluding
 * land and buildings, annual sales). {@code null} means not recorded. Natural key: name + kecamatan.
 */
@Entity
@Table(name = "micro_business", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "name", "kecamatan"}))
@NamedQuery(name = "MicroBusiness.findByAgency", query = "SELECT m FROM MicroBusiness m WHERE m.agency = :agency ORDER BY m.kecamatan, m.name")
public class MicroBusiness {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "owner_name", length = 300)
    private String ownerName;

    @Column(nullable = false, length = 120)
    private String kecamatan;

    /** Nomor Induk Berusaha. */
    @Column(length = 40)
    private String nib;

    @Column(length = 40)
    private String npwp;

    @Column(name = "fixed_commodity")
    private Boolean fixedCommodity;

    @Column(name = "fixed_place")
    private Boolean fixedPlace;

    @Column(name = "financial_records")
    private Boolean financialRecords;

    @Column(name = "separated_finances")
    private Boolean separatedFinances;

    @Column(name = "entrepreneurship_training")
    private Boolean entrepreneurshipTraining;

    @Column(name = "finance_access")
    private Boolean financeAccess;

    /** Business capital excluding land and buildings, in rupiah. */
    @Column(precision = 21, scale = 2)
    private BigDecimal capital;

    @Column(name = "annual_sales", precision = 21, scale = 2)
    private BigDecimal annualSales;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected MicroBusiness() {
    }

    public MicroBusiness(Agency agency, String name, String ownerName, String kecamatan, String nib, String npwp,
                         Provenance provenance) {
        this.agency = agency;
        this.name = name;
        this.ownerName = ownerName;
        this.kecamatan = kecamatan;
        this.nib = nib;
        this.npwp = npwp;
        this.provenance = provenance;
    }

    /** Changes who and where the business is and its legality numbers. */
    public void identify(String name, String ownerName, String kecamatan, String nib, String npwp, Provenance provenance) {
        this.name = name;
        this.ownerName = ownerName;
        this.kecamatan = kecamatan;
        this.nib = nib;
        this.npwp = npwp;
        this.provenance = provenance;
    }

    public long getVersion() {
        return version;
    }

    /** Records the entrepreneur criteria fields; {@code null} for what is not known. */
    public void assess(Boolean fixedCommodity, Boolean fixedPlace, Boolean financialRecords, Boolean separatedFinances,
                       Boolean entrepreneurshipTraining, Boolean financeAccess) {
        this.fixedCommodity = fixedCommodity;
        this.fixedPlace = fixedPlace;
        this.financialRecords = financialRecords;
        this.separatedFinances = separatedFinances;
        this.entrepreneurshipTraining = entrepreneurshipTraining;
        this.financeAccess = financeAccess;
    }

    /** Records the size figures of PP 7/2021. */
    public void size(BigDecimal capital, BigDecimal annualSales) {
        this.capital = capital;
        this.annualSales = annualSales;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getName() {
        return name;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getKecamatan() {
        return kecamatan;
    }

    public String getNib() {
        return nib;
    }

    public String getNpwp() {
        return npwp;
    }

    public Boolean getFixedCommodity() {
        return fixedCommodity;
    }

    public Boolean getFixedPlace() {
        return fixedPlace;
    }

    public Boolean getFinancialRecords() {
        return financialRecords;
    }

    public Boolean getSeparatedFinances() {
        return separatedFinances;
    }

    public Boolean getEntrepreneurshipTraining() {
        return entrepreneurshipTraining;
    }

    public Boolean getFinanceAccess() {
        return financeAccess;
    }

    public BigDecimal getCapital() {
        return capital;
    }

    public BigDecimal getAnnualSales() {
        return annualSales;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
