package org.akuntabel.registers.synthetic;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticDatasetTest {

    private static final int N = 20_000;
    private final SyntheticDataset dataset = new SyntheticDataset(8, 2025);

    @Test
    void theSameSeedGivesTheSameEntitiesInWhateverOrderTheyAreMade() {
        SyntheticDataset again = new SyntheticDataset(8, 2025);
        // made backwards, and out of a fresh instance: each entity depends on the seed and its index only
        for (long i = 999; i >= 0; i--) {
            assertEquals(dataset.cooperative(i), again.cooperative(i));
            assertEquals(dataset.company(i), again.company(i));
            assertEquals(dataset.microBusiness(i), again.microBusiness(i));
        }
        assertEquals(dataset.regions(), again.regions());
        SyntheticDataset other = new SyntheticDataset(9, 2025);
        long differing = LongStream.range(0, 100).filter(i -> !dataset.microBusiness(i).equals(other.microBusiness(i))).count();
        assertTrue(differing > 95, "another seed gives other data, " + differing + " of 100 differ");
    }

    @Test
    void everyRegionIsASyntheticAgencyOfItsProvince() {
        List<Region> regions = dataset.regions();
        assertEquals(514, regions.size());
        assertEquals(34, regions.stream().map(Region::province).distinct().count());
        Set<String> codes = new HashSet<>();
        for (Region region : regions) {
            assertTrue(region.agencyCode().startsWith(SyntheticDataset.AGENCY_PREFIX), region.agencyCode());
            assertTrue(region.agencyCode().length() <= 40, region.agencyCode());
            assertTrue(region.agencyCode().matches("[a-z0-9-]+"), region.agencyCode());
            assertTrue(codes.add(region.agencyCode()), "duplicate " + region.agencyCode());
            assertTrue(region.agencyName().contains("SINTETIS"), region.agencyName());
        }
        assertEquals(1.0, regions.stream().mapToDouble(Region::weight).sum() / 271.75, 0.01);
    }

    @Test
    void entitiesAreLabelledSyntheticAndSpreadByPopulation() {
        long jawaBarat = 0;
        long papuaBarat = 0;
        for (long i = 0; i < N; i++) {
            SyntheticMicroBusiness business = dataset.microBusiness(i);
            assertTrue(business.name().contains("SINTETIS"));
            assertEquals(i + 1, business.id());
            jawaBarat += business.region().province().equals("Jawa Barat") ? 1 : 0;
            papuaBarat += business.region().province().equals("Papua Barat") ? 1 : 0;
            assertTrue(dataset.cooperative(i).name().contains("SINTETIS"));
            assertTrue(dataset.company(i).name().contains("SINTETIS"));
        }
        assertEquals(48.27 / 271.75, (double) jawaBarat / N, 0.01);
        assertEquals(1.13 / 271.75, (double) papuaBarat / N, 0.002);
    }

    @Test
    void cooperativesHaveTwoOrMoreYearlyRecordsEndingInTheReportingYear() {
        int[] byCount = new int[5];
        for (long i = 0; i < N; i++) {
            List<SyntheticCooperative.Year> years = dataset.cooperative(i).years();
            assertTrue(years.size() >= 2 && years.size() <= 4);
            assertEquals(2025, years.get(years.size() - 1).year());
            for (int y = 1; y < years.size(); y++) {
                assertEquals(years.get(y - 1).year() + 1, years.get(y).year());
            }
            byCount[years.size()]++;
        }
        assertEquals(0.40, byCount[2] / (double) N, 0.015);
        assertEquals(0.30, byCount[3] / (double) N, 0.015);
    }

    @Test
    void missingDataComesInTheDocumentedProportions() {
        List<SyntheticCooperative.Year> records = LongStream.range(0, N).mapToObj(dataset::cooperative)
                .flatMap(c -> c.years().stream()).toList();
        assertRate(SyntheticDataset.COOPERATIVE_RAT_MISSING, records, r -> r.ratDate() == null);
        assertRate(SyntheticDataset.COOPERATIVE_VOLUME_MISSING, records, r -> r.businessVolume() == null);
        assertRate(SyntheticDataset.COOPERATIVE_ASSETS_MISSING, records, r -> r.assets() == null);
        List<SyntheticCooperative.Year> withRat = records.stream().filter(r -> r.ratDate() != null).toList();
        assertRate(SyntheticDataset.COOPERATIVE_RAT_LATE, withRat, r -> r.ratDate().getYear() != r.year());

        List<SyntheticCompany> companies = LongStream.range(0, N).mapToObj(dataset::company).toList();
        assertRate(SyntheticDataset.COMPANY_WORKERS_MISSING, companies, c -> c.workers() == null);
        assertRate(SyntheticDataset.COMPANY_PP_PKB_MISSING, companies, c -> c.ppPkb() == null);
        assertRate(SyntheticDataset.COMPANY_LKS_MISSING, companies, c -> c.lksBipartit() == null);
        assertRate(SyntheticDataset.COMPANY_WAGE_STRUCTURE_MISSING, companies, c -> c.wageStructure() == null);
        assertRate(SyntheticDataset.COMPANY_BPJS_MISSING, companies, c -> c.bpjsParticipants() == null);
        assertTrue(companies.stream().allMatch(c -> c.bpjsParticipants() == null || c.workers() == null
                || c.bpjsParticipants() <= c.workers()), "never more BPJS participants than workers");

        List<SyntheticMicroBusiness> businesses = LongStream.range(0, N).mapToObj(dataset::microBusiness).toList();
        List<Predicate<SyntheticMicroBusiness>> nulls = List.of(b -> b.fixedCommodity() == null, b -> b.fixedPlace() == null,
                b -> b.financialRecords() == null, b -> b.separatedFinances() == null, b -> b.entrepreneurshipTraining() == null,
                b -> b.financeAccess() == null);
        for (int i = 0; i < nulls.size(); i++) {
            assertRate(SyntheticDataset.MICRO_RATES[i][0], businesses, nulls.get(i));
        }
        assertRate(SyntheticDataset.MICRO_NIB, businesses, b -> b.nib() != null);
        assertRate(SyntheticDataset.MICRO_NPWP, businesses, b -> b.npwp() != null);
        assertRate(SyntheticDataset.MICRO_CAPITAL_MISSING, businesses, b -> b.capital() == null);
        assertRate(SyntheticDataset.MICRO_SALES_MISSING, businesses, b -> b.annualSales() == null);
        assertTrue(businesses.stream().allMatch(b -> Integer.parseInt(b.kecamatan().substring(b.kecamatan().length() - 2))
                <= b.region().kecamatan()), "every kecamatan is one of its kabupaten/kota's");
    }

    private static <T> void assertRate(double expected, List<T> items, Predicate<T> condition) {
        double rate = items.stream().filter(condition).count() / (double) items.size();
        assertEquals(expected, rate, 0.012, "rate " + rate + " against " + expected);
        assertNotEquals(0.0, rate);
    }
}
