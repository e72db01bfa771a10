package org.akuntabel.registers.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): a generated cooperative register of 100 000 rows (one per cooperative, Indonesian amounts
 * and dates) imported through the running application's REST API into a new agency: the dry run (upload, keep,
 * plan against the register) and the confirmation (plan again, store every row in one transaction, flushed in
 * batches), each timed, in rows per second. With the server's process id it also samples the server's used heap
 * with {@code jstat} and prints the peak. Signs in as the demo {@code admin} (HTTP Basic; another account through
 * the environment variables {@code AKUNTABEL_USER} and {@code AKUNTABEL_PASSWORD}), since creating the agency needs
 * ADMIN. Uses only the JDK, so it runs as a single source file:
 * <pre>
 * java web/src/test/java/org/akuntabel/registers/importing/ImportServerBenchmark.java http://127.0.0.1:8181 [rows] [server pid]
 * </pre>
 */
public final class ImportServerBenchmark {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni"};

    private ImportServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://127.0.0.1:8080";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String pid = args.length > 2 ? args[2] : null;
        byte[] file = csv(rows);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String agency = "bench-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + agency + "\",\"name\":\"Benchmark impor\",\"level\":\"KABUPATEN\","
                        + "\"region\":\"Uji\",\"scaleRuleSet\":\"skala-capaian-beltim\"}")), 201);
        AtomicLong peak = new AtomicLong();
        Thread sampler = pid == null ? null : sampler(pid, peak);
        System.out.printf(Locale.ROOT, "%d rows, CSV %.1f MB, agency %s%n", rows, file.length / 1e6, agency);

        long start = System.nanoTime();
        String preview = send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies/" + agency
                + "/imports/koperasi?dryRun=true&fileName=koperasi-" + rows + ".csv")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), 201);
        double dryRun = (System.nanoTime() - start) / 1e9;
        String id = find(preview, "\"importId\":(\\d+)");
        if (!find(preview, "\"added\":(\\d+)").equals(Integer.toString(rows))) {
            throw new IllegalStateException("Unexpected dry run: " + preview.substring(0, Math.min(500, preview.length())));
        }
        start = System.nanoTime();
        String stored = send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies/" + agency + "/imports/" + id + "/confirm"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), 200);
        double commit = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        String again = send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies/" + agency
                + "/imports/koperasi?dryRun=true&fileName=again.csv")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), 201);
        double reImport = (System.nanoTime() - start) / 1e9;
        if (sampler != null) {
            sampler.interrupt();
        }
        System.out.printf(Locale.ROOT, "dry run (upload + plan)      %6.1f s  %8.0f rows/s%n", dryRun, rows / dryRun);
        System.out.printf(Locale.ROOT, "confirm (plan + store)       %6.1f s  %8.0f rows/s  stored %s%n", commit, rows / commit,
                find(stored, "\"added\":(\\d+)"));
        System.out.printf(Locale.ROOT, "re-import dry run            %6.1f s  %8.0f rows/s  unchanged %s, added %s%n", reImport,
                rows / reImport, find(again, "\"unchanged\":(\\d+)"), find(again, "\"added\":(\\d+)"));
        if (pid != null) {
            System.out.printf(Locale.ROOT, "server heap used, peak of jstat samples: %d MB%n", peak.get() / 1024);
        }
    }

    private static byte[] csv(int rows) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(rows * 90);
        text.append("No;Nama Koperasi;Nomor Badan Hukum;Tahun;Tanggal RAT;Volume Usaha;Aset\r\n");
        for (int i = 1; i <= rows; i++) {
            long volume = 1_000_000L + (random.nextLong() & 0xFFFFFFFFFL) % 99_000_000_000L;
            BigDecimal assets = BigDecimal.valueOf(1_000_000L + (random.nextLong() & 0xFFFFFFFFFL) % 20_000_000_000L);
            if (random.nextInt(10) == 0) {
                assets = assets.add(BigDecimal.valueOf(1 + random.nextInt(99), 2));
            }
            text.append(i).append(";Koperasi Uji Sejahtera ").append(i).append(';').append(i).append("/BH/XVI.").append(i % 7)
                    .append("/2015;2025;").append(1 + random.nextInt(28)).append(' ').append(MONTHS[random.nextInt(6)]).append(" 2025;")
                    .append(indonesian(BigDecimal.valueOf(volume))).append(';').append(indonesian(assets)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 2.615.621.882,99}: dots between thousands, a comma before the sen. */
    private static String indonesian(BigDecimal amount) {
        String plain = amount.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
    }

    private static String send(HttpClient client, HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        String user = System.getenv().getOrDefault("AKUNTABEL_USER", "admin");
        String password = System.getenv().getOrDefault("AKUNTABEL_PASSWORD", "demo-admin-2025");
        request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        HttpResponse<String> response = client.send(request.timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** Samples {@code jstat -gc} every 250 ms: used heap = S0U + S1U + EU + OU (KB). */
    private static Thread sampler(String pid, AtomicLong peak) {
        Thread thread = new Thread(() -> {
            Process process = null;
            try {
                process = new ProcessBuilder("jstat", "-gc", pid, "250").redirectErrorStream(true).start();
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String[] header = null;
                    String line;
                    while ((line = lines.readLine()) != null && !Thread.currentThread().isInterrupted()) {
                        String[] cells = line.trim().split("\\s+");
                        if (cells.length > 0 && cells[0].equals("S0C")) {
                            header = cells;
                        } else if (header != null && cells.length == header.length) {
                            double used = 0;
                            for (int i = 0; i < header.length; i++) {
                                if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU") || header[i].equals("OU")) {
                                    used += Double.parseDouble(cells[i].replace(',', '.'));
                                }
                            }
                            peak.accumulateAndGet((long) used, Math::max);
                        }
                    }
                }
            } catch (IOException e) {
                System.err.println("jstat: " + e.getMessage());
            } finally {
                if (process != null) {
                    process.destroy();
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
