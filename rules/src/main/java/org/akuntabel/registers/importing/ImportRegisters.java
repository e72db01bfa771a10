package org.akuntabel.registers.importing;

import org.akuntabel.evaluation.NotFoundException;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registers by the names they have in addresses and on the page: {@code koperasi}, {@code perusahaan},
 * {@code usaha-mikro}, {@code ip-asn}, {@code statistik}.
 */
public final class ImportRegisters {

    private static final Map<Register, String> SLUGS = Map.of(Register.COOPERATIVE, "koperasi", Register.COMPANY, "perusahaan",
            Register.MICRO_BUSINESS, "usaha-mikro", Register.STAFF_SCORE, "ip-asn", Register.STATISTIC, "statistik");

    private static final Map<String, Register> BY_SLUG = SLUGS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private ImportRegisters() {
    }

    public static String slug(Register register) {
        return SLUGS.get(register);
    }

    /** The register named {@code slug} (or its enum name); unknown names are {@link NotFoundException}s. */
    public static Register bySlug(String slug) {
        Register register = slug == null ? null : BY_SLUG.get(slug.strip().toLowerCase(java.util.Locale.ROOT));
        if (register == null && slug != null) {
            register = Arrays.stream(Register.values()).filter(r -> r.name().equalsIgnoreCase(slug.strip())).findFirst().orElse(null);
        }
        if (register == null) {
            throw new NotFoundException("Register '" + slug + "' tidak dikenal; yang ada: "
                    + String.join(", ", Arrays.stream(Register.values()).map(ImportRegisters::slug).toList()));
        }
        return register;
    }
}
