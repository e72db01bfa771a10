package org.akuntabel.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one rule set: a folder {@code rulesets/<name>/} holding the rule file {@code <name>.drl},
 * its test cases {@code tests.json} and, when its rules read thresholds or amounts, its parameters
 * {@code parameters.json} ({@link RuleSetParameters}). The parameters are part of the rule set's content:
 * its version is the SHA-256 of the rule file's text, and of the rule file and the parameters together
 * when there are parameters, so a changed threshold is a new version. A rule set without parameters
 * keeps exactly the version it had before parameters existed.
 *
 * @param parameters the text of {@code parameters.json}, or {@code null} when the rule set has none
 */
public record RuleSetSource(String name, String text, String testCases, String parameters) {

    public static final String ROOT = "rulesets/";

    /** The parameters file beside the rule file. */
    public static final String PARAMETERS_FILE = RuleSetParameters.FILE;

    /** A rule set without parameters. */
    public RuleSetSource(String name, String text, String testCases) {
        this(name, text, testCases, null);
    }

    public RuleSetSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Nama aturan tidak sah: " + name);
        }
    }

    /** The rule set shipped with the application under {@code rulesets/<name>/} on the class path. */
    public static Optional<RuleSetSource> fromClasspath(String name, ClassLoader loader) {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        String text = read(loader, ROOT + name + "/" + name + ".drl");
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new RuleSetSource(name, text, read(loader, ROOT + name + "/tests.json"),
                read(loader, ROOT + name + "/" + PARAMETERS_FILE)));
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The file name shown in traces: {@code koperasi-berkualitas/koperasi-berkualitas.drl}. */
    public String fileName() {
        return name + "/" + name + ".drl";
    }

    /**
     * The version: SHA-256 (hex) of the rule file text; with parameters, of the rule file text, a NUL
     * separator line naming {@code parameters.json}, and the parameters text.
     */
    public String version() {
        return parameters == null ? sha256(text) : sha256(text + "\n\0" + PARAMETERS_FILE + "\n" + parameters);
    }

    /** SHA-256 of the UTF-8 text, in hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
