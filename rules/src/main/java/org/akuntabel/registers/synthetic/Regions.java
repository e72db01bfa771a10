package org.akuntabel.registers.synthetic;

import org.akuntabel.agency.GovernmentLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The 34 provinces (as before the 2022 Papua split) with their number of kabupaten/kota (514 in all) and their
 * approximate population in millions (Sensus Penduduk 2020, rounded). Entities are spread over the kabupaten/kota in
 * proportion to population; within a province the kabupaten/kota differ in size (a deterministic factor 0,4–1,6). The
 * kabupaten/kota themselves are not named after real ones: they are numbered within their province and labelled synthetic.
 */
final class Regions {

    private record Province(String name, int kabupatenKota, int kota, double populationMillions) {
    }

    private static final List<Province> PROVINCES = List.of(
            new Province("Aceh", 23, 5, 5.27),
            new Province("Sumatera Utara", 33, 8, 14.80),
            new Province("Sumatera Barat", 19, 7, 5.53),
            new Province("Riau", 12, 2, 6.39),
            new Province("Jambi", 11, 2, 3.55),
            new Province("Sumatera Selatan", 17, 4, 8.47),
            new Province("Bengkulu", 10, 1, 2.01),
            new Province("Lampung", 15, 2, 9.01),
            new Province("Kepulauan Bangka Belitung", 7, 1, 1.46),
            new Province("Kepulauan Riau", 7, 2, 2.06),
            new Province("DKI Jakarta", 6, 5, 10.56),
            new Province("Jawa Barat", 27, 9, 48.27),
            new Province("Jawa Tengah", 35, 6, 36.52),
            new Province("DI Yogyakarta", 5, 1, 3.67),
            new Province("Jawa Timur", 38, 9, 40.67),
            new Province("Banten", 8, 4, 11.90),
            new Province("Bali", 9, 1, 4.32),
            new Province("Nusa Tenggara Barat", 10, 2, 5.32),
            new Province("Nusa Tenggara Timur", 22, 1, 5.33),
            new Province("Kalimantan Barat", 14, 2, 5.41),
            new Province("Kalimantan Tengah", 14, 1, 2.67),
            new Province("Kalimantan Selatan", 13, 2, 4.07),
            new Province("Kalimantan Timur", 10, 3, 3.77),
            new Province("Kalimantan Utara", 5, 1, 0.70),
            new Province("Sulawesi Utara", 15, 4, 2.62),
            new Province("Sulawesi Tengah", 13, 1, 2.99),
            new Province("Sulawesi Selatan", 24, 3, 9.07),
            new Province("Sulawesi Tenggara", 17, 2, 2.62),
            new Province("Gorontalo", 6, 1, 1.17),
            new Province("Sulawesi Barat", 6, 0, 1.42),
            new Province("Maluku", 11, 2, 1.85),
            new Province("Maluku Utara", 10, 2, 1.28),
            new Province("Papua", 29, 1, 4.30),
            new Province("Papua Barat", 13, 1, 1.13));

    private Regions() {
    }

    /** The 514 synthetic kabupaten/kota, in a fixed order; the factor within a province is drawn from {@code seed}. */
    static List<Region> all(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_2E61_0000L);
        List<Region> regions = new ArrayList<>();
        for (Province province : PROVINCES) {
            double[] factors = new double[province.kabupatenKota()];
            double sum = 0;
            for (int i = 0; i < factors.length; i++) {
                factors[i] = 0.4 + 1.2 * random.nextDouble();
                sum += factors[i];
            }
            String slug = province.name().toLowerCase(Locale.ROOT).replace("dki ", "").replace("di ", "")
                    .replace("kepulauan ", "kep-").replace(' ', '-');
            for (int i = 0; i < factors.length; i++) {
                int number = i + 1;
                // the kota come last in each province, as in the official lists
                boolean kota = number > province.kabupatenKota() - province.kota();
                GovernmentLevel level = kota ? GovernmentLevel.KOTA : GovernmentLevel.KABUPATEN;
                String name = String.format(Locale.ROOT, "%s Sintetis %02d %s", kota ? "Kota" : "Kabupaten", number, province.name());
                String code = String.format(Locale.ROOT, "%s%s-%02d", SyntheticDataset.AGENCY_PREFIX, slug, number);
                int kecamatan = kota ? 4 + random.nextInt(8) : 8 + random.nextInt(18);
                regions.add(new Region(province.name(), number, level, code, name, kecamatan,
                        province.populationMillions() * factors[i] / sum));
            }
        }
        return List.copyOf(regions);
    }
}
