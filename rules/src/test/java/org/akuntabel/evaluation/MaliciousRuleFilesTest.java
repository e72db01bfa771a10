package org.akuntabel.evaluation;

import org.akuntabel.evaluation.scale.ScaleValue;
import org.akuntabel.registers.company.CompanyFacts;
import org.akuntabel.registers.cooperative.CooperativeFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Submits every rule file of the malicious corpus ({@code src/test/resources/malicious}) through the
 * real entry point, {@link RuleSetCompiler#compile}, and requires each to be rejected with a
 * line-numbered message and none of its payload to have run.
 *
 * <p>Every payload leaves a trace if it runs: it sets the system property {@value #PROPERTY}, creates
 * {@code ${java.io.tmpdir}/akuntabel-pwned-<file>}, or exits the JVM (which fails the build). The
 * traces are checked right after each submission. Should a file ever be accepted, its rules are also
 * fired over sample facts so that a payload in a consequence shows itself rather than lying dormant.
 * {@link #theTracesAreObservable()} shows on two corpus files, compiled without the validator, that a
 * payload that runs is indeed seen.
 */
class MaliciousRuleFilesTest {

    static final Path CORPUS = Path.of("src/test/resources/malicious");
    static final String PROPERTY = "akuntabel.pwned";
    static final String MARKER_PREFIX = "akuntabel-pwned-";
    /** The corpus may grow, never quietly shrink. */
    static final int MINIMUM_CORPUS_SIZE = 30;

    private static final AtomicInteger SUBMITTED = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static final AtomicInteger EXECUTED = new AtomicInteger();

    private final RuleSetCompiler compiler = new RuleSetCompiler(getClass().getClassLoader());

    @BeforeAll
    static void startWithoutTraces() {
        System.clearProperty(PROPERTY);
        markers().forEach(MaliciousRuleFilesTest::delete);
    }

    @TestFactory
    Stream<DynamicTest> everyMaliciousFileIsRejectedAndNoneOfItRuns() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.size() >= MINIMUM_CORPUS_SIZE,
                "the malicious corpus has " + files.size() + " files, expected at least " + MINIMUM_CORPUS_SIZE);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> submit(file)));
    }

    private void submit(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.drl$", "");
        RuleSetSource source = new RuleSetSource(name, Files.readString(file, StandardCharsets.UTF_8), null);
        SUBMITTED.incrementAndGet();
        RuleSetException rejection = null;
        try {
            CompiledRuleSet accepted = compiler.compile(source);
            exercise(accepted);
        } catch (RuleSetException e) {
            rejection = e;
        }
        List<String> traces = traces();
        if (!traces.isEmpty()) {
            EXECUTED.incrementAndGet();
            fail(name + ": the payload ran: " + traces);
        }
        assertNotNull(rejection, name + " was accepted");
        List<RuleMessage> messages = rejection.getMessages();
        assertTrue(messages.stream().anyMatch(m -> m.line() > 0), name + ": no message names a line: " + messages);
        REJECTED.incrementAndGet();
    }

    /** Fires an (unexpectedly) accepted rule set over sample facts, bounded in time. */
    private static void exercise(CompiledRuleSet rules) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                rules.judge(List.of(
                        new CooperativeFacts(1, "Koperasi Uji", 2025, LocalDate.of(2025, 3, 1),
                                new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("20")),
                        new CooperativeFacts(2, "Koperasi Kosong", 2025, null, null, null, null, null),
                        new CompanyFacts(3, "PT Uji", 10, true, "1", true, "2", true, 5)));
            } catch (RuntimeException ignored) {
                // the traces decide, not the outcome
            }
            try {
                rules.band(new BigDecimal("50"));
            } catch (RuntimeException ignored) {
                // as above
            }
        }, "an accepted malicious rule set did not finish");
    }

    /**
     * Control: the detection is live. Two corpus files compiled WITHOUT the validator leave their
     * traces when fired; the traces are removed again.
     */
    @Test
    void theTracesAreObservable() throws IOException {
        try {
            fire("17-rhs-second-statement");
            assertEquals("17-rhs-second-statement", System.getProperty(PROPERTY));
            fire("08-rhs-files-write");
            assertTrue(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), MARKER_PREFIX + "08-rhs-files-write")));
        } finally {
            startWithoutTraces();
        }
        assertEquals(List.of(), traces());
    }

    private static void fire(String name) throws IOException {
        String text = Files.readString(CORPUS.resolve(name + ".drl"), StandardCharsets.UTF_8);
        CompiledRuleSet unvalidated = UnvalidatedRuleBase.compile(new RuleSetSource(name, text, null));
        unvalidated.judge(List.of(new CooperativeFacts(1, "Koperasi Uji", 2025, LocalDate.of(2025, 3, 1),
                new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("20"))));
    }

    @AfterAll
    static void summary() {
        System.out.println("malicious corpus: " + SUBMITTED.get() + " submitted, " + REJECTED.get() + " rejected, "
                + EXECUTED.get() + " executed");
        System.out.println("berkas aturan berbahaya: " + SUBMITTED.get() + " diajukan, " + REJECTED.get() + " ditolak, "
                + EXECUTED.get() + " dijalankan");
        assertEquals(List.of(), traces(), "traces of a payload after the corpus run");
        assertEquals(SUBMITTED.get(), REJECTED.get(), "every submitted file must be rejected");
        assertEquals(0, EXECUTED.get(), "no payload may run");
    }

    static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(CORPUS, "*.drl")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** The system property and marker files a payload leaves. */
    static List<String> traces() {
        List<String> traces = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            traces.add("system property " + PROPERTY + "=" + property);
        }
        markers().forEach(marker -> traces.add("file " + marker));
        return traces;
    }

    private static List<Path> markers() {
        List<Path> markers = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                MARKER_PREFIX + "*")) {
            stream.forEach(markers::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
