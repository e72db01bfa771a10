package org.akuntabel.registers.synthetic;

import org.akuntabel.persistence.ConfiguredDataSource;
import org.akuntabel.persistence.SchemaMigration;

import java.sql.Connection;
import java.util.Locale;

/**
 * Command line: writes a synthetic national register into the database the environment names (as the server would
 * use it: {@code AKUNTABEL_DB_URL}/{@code _USER}/{@code _PASSWORD}, else Derby under {@code AKUNTABEL_DATA}), after
 * bringing its schema up to date. Arguments: seed, cooperatives, companies, micro-businesses, and {@code --replace} to
 * delete the synthetic registers first. See README, "Benchmarks".
 */
public final class SyntheticRegisterLoad {

    private SyntheticRegisterLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SyntheticRegisterLoad seed cooperatives companies micro-businesses [--replace]");
            System.exit(2);
        }
        long seed = Long.parseLong(args[0]);
        long cooperatives = Long.parseLong(args[1]);
        long companies = Long.parseLong(args[2]);
        long micro = Long.parseLong(args[3]);
        boolean replace = args.length > 4 && args[4].equals("--replace");
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        SchemaMigration.upToDate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            SyntheticRegisterWriter writer = new SyntheticRegisterWriter(connection);
            if (replace) {
                writer.deleteRegisters();
            }
            long start = System.nanoTime();
            SyntheticRegisterWriter.Written written = writer.write(new SyntheticDataset(seed, 2025), cooperatives, companies, micro);
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = written.cooperatives() + written.cooperativeYears() + written.companies() + written.microBusinesses();
            System.out.printf(Locale.ROOT, "%s: %d synthetic agencies; %d cooperatives (%d yearly records), %d companies, %d micro-businesses;"
                    + " %.1f s, %.0f rows/s%n", connection.getMetaData().getDatabaseProductName(), written.agencies(), written.cooperatives(),
                    written.cooperativeYears(), written.companies(), written.microBusinesses(), seconds, rows / seconds);
        }
    }
}
