package org.akuntabel.registers.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic national register, deterministic from a seed number: the same seed gives the same regions and the same
 * entity at the same index, whatever else was generated before (each entity is drawn from its own random stream, so a
 * range of indexes can be made on its own: by chunk, by partition, in any order). Entities are spread over the 514
 * kabupaten/kota ({@link #regions()}) in proportion to population.
 *
 * <p>Everything is labelled synthetic: names carry "SINTETIS" and every agency code starts with {@link #AGENCY_PREFIX}.
 *
 * <p>Proportions of missing data (the chance that a value is {@code null}), chosen to resemble the seed's registers,
 * where whole columns may be missing (Tabel 3.10 records no wage structure at all):
 * <ul>
 *   <li>cooperatives: two records (40 %), three (30 %) or four (30 %), the last for the reporting year; RAT date missing
 *       10 % per record (of the others 80 % in their own year, 20 % a year late); business volume missing 8 % and assets
 *       6 % per record; both grow by a factor e^N(0,03; 0,15) a year;</li>
 *   <li>companies: workers missing 5 %; PP/PKB missing 12 % (held by 55 % of those with at least 10 workers, 15 % of
 *       the others); LKS Bipartit missing 15 % (50 % of those with at least 50 workers, 10 % of the others); wage
 *       structure missing 35 % (45 % have one); BPJS participants missing 10 % (none in 20 % of the others);</li>
 *   <li>micro-businesses: each of the six yes/no criteria missing 8–15 % ({@link #MICRO_RATES}); NIB recorded for 35 %,
 *       NPWP for 20 %; capital missing 20 %, annual sales 25 %.</li>
 * </ul>
 */
public final class SyntheticDataset {

    /** Every synthetic agency's code starts with this. */
    public static final String AGENCY_PREFIX = "sintetis-";
    /** The document every synthetic record names as its source. */
    public static final String SOURCE_DOCUMENT = "DATA SINTETIS (bukan data instansi)";

    static final double COOPERATIVE_RAT_MISSING = 0.10;
    static final double COOPERATIVE_RAT_LATE = 0.20;
    static final double COOPERATIVE_VOLUME_MISSING = 0.08;
    static final double COOPERATIVE_ASSETS_MISSING = 0.06;
    static final double COMPANY_WORKERS_MISSING = 0.05;
    static final double COMPANY_PP_PKB_MISSING = 0.12;
    static final double COMPANY_LKS_MISSING = 0.15;
    static final double COMPANY_WAGE_STRUCTURE_MISSING = 0.35;
    static final double COMPANY_BPJS_MISSING = 0.10;
    /**
     * Micro-business yes/no criteria in the order fixed commodity, fixed place, financial records, separated finances,
     * entrepreneurship training, finance access: {missing, yes among the recorded}.
     */
    static final double[][] MICRO_RATES = {{0.08, 0.70}, {0.10, 0.55}, {0.12, 0.30}, {0.12, 0.25}, {0.15, 0.20}, {0.10, 0.35}};
    static final double MICRO_NIB = 0.35;
    static final double MICRO_NPWP = 0.20;
    static final double MICRO_CAPITAL_MISSING = 0.20;
    static final double MICRO_SALES_MISSING = 0.25;

    private static final long COOPERATIVE = 0x4B4F50L;
    private static final long COMPANY = 0x505448L;
    private static final long MICRO = 0x554D4BL;
    private static final String[] SECTORS = {"Perdagangan", "Industri Pengolahan", "Pertanian", "Perikanan", "Pertambangan",
            "Konstruksi", "Akomodasi dan Makan Minum", "Transportasi", "Jasa Keuangan", "Jasa Lainnya"};
    private static final String[] COOPERATIVE_KINDS = {"Koperasi Serba Usaha", "Koperasi Simpan Pinjam", "Koperasi Konsumen",
            "Koperasi Produsen", "Koperasi Pemasaran", "Koperasi Jasa"};

    private final long seed;
    private final int reportingYear;
    private final List<Region> regions;
    private final double[] cumulativeWeight;

    public SyntheticDataset(long seed, int reportingYear) {
        this.seed = seed;
        this.reportingYear = reportingYear;
        this.regions = Regions.all(seed);
        this.cumulativeWeight = new double[regions.size()];
        double sum = 0;
        for (int i = 0; i < regions.size(); i++) {
            sum += regions.get(i).weight();
            cumulativeWeight[i] = sum;
        }
        for (int i = 0; i < cumulativeWeight.length; i++) {
            cumulativeWeight[i] /= sum;
        }
    }

    public long seed() {
        return seed;
    }

    public int reportingYear() {
        return reportingYear;
    }

    /** The 514 synthetic kabupaten/kota, each with its synthetic agency. */
    public List<Region> regions() {
        return regions;
    }

    /** The cooperative at {@code index} (0-based); its id is {@code index + 1}. */
    public SyntheticCooperative cooperative(long index) {
        SplittableRandom random = random(COOPERATIVE, index);
        Region region = region(random);
        int count = chance(random, 0.40) ? 2 : chance(random, 0.50) ? 3 : 4;
        double volume = Math.exp(Math.log(500e6) + 1.5 * gaussian(random));
        double assets = volume * (0.5 + 1.5 * random.nextDouble());
        List<SyntheticCooperative.Year> years = new ArrayList<>(count);
        for (int year = reportingYear - count + 1; year <= reportingYear; year++) {
            LocalDate rat = null;
            if (!chance(random, COOPERATIVE_RAT_MISSING)) {
                int ratYear = chance(random, COOPERATIVE_RAT_LATE) ? year + 1 : year;
                rat = LocalDate.of(ratYear, 1 + random.nextInt(6), 1 + random.nextInt(28));
            }
            years.add(new SyntheticCooperative.Year(year, rat,
                    chance(random, COOPERATIVE_VOLUME_MISSING) ? null : rupiah(volume),
                    chance(random, COOPERATIVE_ASSETS_MISSING) ? null : rupiah(assets)));
            volume *= Math.exp(0.03 + 0.15 * gaussian(random));
            assets *= Math.exp(0.03 + 0.15 * gaussian(random));
        }
        String name = String.format(Locale.ROOT, "%s SINTETIS %07d", COOPERATIVE_KINDS[random.nextInt(COOPERATIVE_KINDS.length)],
                index + 1);
        String registration = String.format(Locale.ROOT, "SINTETIS/%07d/BH/%d", index + 1, 1990 + random.nextInt(35));
        return new SyntheticCooperative(index + 1, region, name, registration, List.copyOf(years));
    }

    /** The company at {@code index} (0-based); its id is {@code index + 1}. */
    public SyntheticCompany company(long index) {
        SplittableRandom random = random(COMPANY, index);
        Region region = region(random);
        Integer workers = null;
        if (!chance(random, COMPANY_WORKERS_MISSING)) {
            workers = (int) Math.max(1, Math.min(20_000, Math.round(Math.exp(Math.log(25) + 1.3 * gaussian(random)))));
        }
        int size = workers == null ? 0 : workers;
        Boolean ppPkb = chance(random, COMPANY_PP_PKB_MISSING) ? null : chance(random, size >= 10 ? 0.55 : 0.15);
        String ppPkbNumber = Boolean.TRUE.equals(ppPkb) && chance(random, 0.9)
                ? String.format(Locale.ROOT, "PP-SINTETIS/%07d/%d", index + 1, 2015 + random.nextInt(10)) : null;
        Boolean lks = chance(random, COMPANY_LKS_MISSING) ? null : chance(random, size >= 50 ? 0.50 : 0.10);
        String lksDecree = Boolean.TRUE.equals(lks) && chance(random, 0.85)
                ? String.format(Locale.ROOT, "SK-LKS-SINTETIS/%07d", index + 1) : null;
        Boolean wage = chance(random, COMPANY_WAGE_STRUCTURE_MISSING) ? null : chance(random, 0.45);
        Integer bpjs = null;
        if (!chance(random, COMPANY_BPJS_MISSING)) {
            bpjs = chance(random, 0.20) ? 0 : 1 + random.nextInt(workers == null ? 50 : workers);
        }
        String name = String.format(Locale.ROOT, "PT SINTETIS %07d", index + 1);
        return new SyntheticCompany(index + 1, region, name, SECTORS[random.nextInt(SECTORS.length)], workers, ppPkb,
                ppPkbNumber, lks, lksDecree, wage, bpjs);
    }

    /** The micro-business at {@code index} (0-based); its id is {@code index + 1}. */
    public SyntheticMicroBusiness microBusiness(long index) {
        SplittableRandom random = random(MICRO, index);
        Region region = region(random);
        String kecamatan = String.format(Locale.ROOT, "Kecamatan Sintetis %02d", 1 + random.nextInt(region.kecamatan()));
        Boolean[] criteria = new Boolean[MICRO_RATES.length];
        for (int i = 0; i < criteria.length; i++) {
            criteria[i] = chance(random, MICRO_RATES[i][0]) ? null : chance(random, MICRO_RATES[i][1]);
        }
        String nib = chance(random, MICRO_NIB) ? String.format(Locale.ROOT, "9%012d", index + 1) : null;
        String npwp = chance(random, MICRO_NPWP) ? String.format(Locale.ROOT, "99.%09d-0.000", index + 1) : null;
        BigDecimal capital = chance(random, MICRO_CAPITAL_MISSING) ? null
                : rupiah(Math.exp(Math.log(20e6) + 0.9 * gaussian(random)));
        BigDecimal sales = chance(random, MICRO_SALES_MISSING) ? null
                : rupiah(Math.exp(Math.log(100e6) + 0.9 * gaussian(random)));
        return new SyntheticMicroBusiness(index + 1, region, String.format(Locale.ROOT, "Usaha Mikro SINTETIS %07d", index + 1),
                String.format(Locale.ROOT, "Pemilik Sintetis %07d", index + 1), kecamatan, nib, npwp,
                criteria[0], criteria[1], criteria[2], criteria[3], criteria[4], criteria[5], capital, sales);
    }

    private SplittableRandom random(long kind, long index) {
        return new SplittableRandom(mix(mix(seed ^ kind * 0x9E3779B97F4A7C15L) + index));
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Region region(SplittableRandom random) {
        double u = random.nextDouble();
        int position = Arrays.binarySearch(cumulativeWeight, u);
        int index = position >= 0 ? position : -position - 1;
        return regions.get(Math.min(index, regions.size() - 1));
    }

    private static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A standard normal draw (Box–Muller; one of the pair, so the stream position stays simple). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static BigDecimal rupiah(double amount) {
        return BigDecimal.valueOf(Math.max(1, Math.round(amount)));
    }
}
