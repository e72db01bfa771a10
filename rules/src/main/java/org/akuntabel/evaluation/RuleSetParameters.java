package org.akuntabel.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of a rule set ({@code parameters.json} beside the rule file): thresholds and amounts
 * with the reporting year each value applies from and where it comes from, so that rules name them
 * instead of repeating numbers, and a change of law is a new dated value rather than an edited rule.
 *
 * <pre>
 * {"parameters": [
 *   {"code": "AMBANG_PP_PEKERJA", "description": "…", "unit": "orang",
 *    "values": [{"from": 2003, "value": 10, "source": "UU 13/2003 Pasal 108 ayat (1)"}]}
 * ]}
 * </pre>
 *
 * <ul>
 *   <li>{@code code}: capitals, digits and '_', starting with a capital; unique in the file.</li>
 *   <li>{@code description}: required, what the threshold means; {@code unit}: optional.</li>
 *   <li>{@code values}: at least one, oldest first, {@code from} strictly increasing reporting years
 *       (1900–2100); each {@code value} a number and each {@code source} a non-empty citation.</li>
 *   <li>No other keys: a misspelt key is an error, not silently ignored.</li>
 * </ul>
 *
 * For reporting year Y a parameter's value is the one with the latest {@code from} ≤ Y; a year before
 * its first {@code from} has no value, which is an error of the evaluation, never a silent default.
 */
public final class RuleSetParameters {

    /** One dated value of a parameter. */
    public record Value(int from, BigDecimal value, String source) {
    }

    /** One parameter with its dated values, oldest first. */
    public record Definition(String code, String description, String unit, List<Value> values) {

        public Definition {
            values = List.copyOf(values);
        }

        /** The value in force for reporting year {@code year}: the latest {@code from} not after it. */
        public Optional<Value> valueFor(int year) {
            Value found = null;
            for (Value value : values) {
                if (value.from() <= year) {
                    found = value;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** A rule set without {@code parameters.json}. */
    public static final RuleSetParameters NONE = new RuleSetParameters(List.of());

    static final String FILE = "parameters.json";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> ROOT_KEYS = Set.of("parameters");
    private static final Set<String> PARAMETER_KEYS = new LinkedHashSet<>(List.of("code", "description", "unit", "values"));
    private static final Set<String> VALUE_KEYS = new LinkedHashSet<>(List.of("from", "value", "source"));
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private final List<Definition> definitions;

    private RuleSetParameters(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /**
     * Reads a {@code parameters.json}; {@code null} (no file) gives {@link #NONE}.
     *
     * @throws RuleSetException naming every problem with its JSON path
     */
    public static RuleSetParameters parse(String ruleSet, String json) {
        List<RuleMessage> problems = new ArrayList<>();
        RuleSetParameters parameters = read(json, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(ruleSet, problems);
        }
        return parameters;
    }

    /** The problems of a {@code parameters.json} (each message starts with the JSON path); empty if sound. */
    public static List<RuleMessage> problems(String json) {
        List<RuleMessage> problems = new ArrayList<>();
        read(json, problems);
        return problems;
    }

    private static RuleSetParameters read(String json, List<RuleMessage> problems) {
        if (json == null) {
            return NONE;
        }
        JsonValue root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readValue();
        } catch (RuntimeException e) {
            problems.add(problem(FILE, "bukan JSON yang sah: " + e.getMessage()));
            return NONE;
        }
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(problem(FILE, "harus berupa objek {\"parameters\": [ … ]}"));
            return NONE;
        }
        JsonObject object = root.asJsonObject();
        unknownKeys(object, ROOT_KEYS, "", problems);
        JsonValue list = object.get("parameters");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(problem("parameters", "wajib ada dan berupa daftar [ … ]"));
            return NONE;
        }
        List<Definition> definitions = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        JsonArray items = list.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
            String path = "parameters[" + i + "]";
            if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(problem(path, "harus berupa objek {\"code\": …, \"description\": …, \"values\": [ … ]}"));
                continue;
            }
            Definition definition = definition(items.getJsonObject(i), path, problems);
            if (definition == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(definition.code(), path);
            if (earlier != null) {
                problems.add(problem(path + ".code", "kode \"" + definition.code() + "\" sudah dipakai di " + earlier
                        + "; setiap parameter hanya boleh ditulis sekali, dengan semua nilainya di \"values\""));
                continue;
            }
            definitions.add(definition);
        }
        return problems.isEmpty() ? new RuleSetParameters(definitions) : NONE;
    }

    private static Definition definition(JsonObject item, String path, List<RuleMessage> problems) {
        int before = problems.size();
        unknownKeys(item, PARAMETER_KEYS, path + ".", problems);
        String code = text(item, "code", path, problems,
                "wajib diisi: huruf besar, angka dan garis bawah, diawali huruf (mis. AMBANG_PP_PEKERJA)");
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(problem(path + ".code", "\"" + code + "\" tidak sah: hanya huruf besar, angka dan garis bawah,"
                    + " diawali huruf (mis. AMBANG_PP_PEKERJA)"));
        }
        String description = text(item, "description", path, problems, "wajib diisi: jelaskan arti parameter ini");
        String unit = null;
        if (item.containsKey("unit") && item.get("unit").getValueType() != JsonValue.ValueType.NULL) {
            unit = text(item, "unit", path, problems, "harus berupa teks, mis. \"orang\" atau \"rupiah\"");
        }
        JsonValue list = item.get("values");
        List<Value> values = new ArrayList<>();
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()) {
            problems.add(problem(path + ".values", "wajib berisi sedikitnya satu nilai {\"from\": tahun, \"value\": angka,"
                    + " \"source\": dasar hukum}"));
        } else {
            JsonArray items = list.asJsonArray();
            Integer previous = null;
            for (int j = 0; j < items.size(); j++) {
                String valuePath = path + ".values[" + j + "]";
                if (items.get(j).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(problem(valuePath, "harus berupa objek {\"from\": tahun, \"value\": angka, \"source\": …}"));
                    continue;
                }
                Value value = value(items.getJsonObject(j), valuePath, previous, problems);
                if (value != null) {
                    values.add(value);
                }
                JsonValue year = items.getJsonObject(j).get("from");
                if (year instanceof JsonNumber number && number.isIntegral()) {
                    previous = number.intValue();
                }
            }
        }
        return problems.size() == before ? new Definition(code, description, unit, values) : null;
    }

    private static Value value(JsonObject item, String path, Integer previous, List<RuleMessage> problems) {
        int before = problems.size();
        unknownKeys(item, VALUE_KEYS, path + ".", problems);
        Integer from = null;
        JsonValue year = item.get("from");
        if (year == null || year.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) year).isIntegral()
                || ((JsonNumber) year).bigDecimalValue().compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0
                || ((JsonNumber) year).bigDecimalValue().compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
            problems.add(problem(path + ".from", "wajib berupa tahun pelaporan pertama berlakunya nilai, bilangan bulat "
                    + FIRST_YEAR + "–" + LAST_YEAR + (year == null ? "" : " (tertulis " + year + ")")));
        } else {
            from = ((JsonNumber) year).intValue();
            if (previous != null && from <= previous) {
                problems.add(problem(path + ".from", "tahun " + from + " harus sesudah tahun nilai sebelumnya (" + previous
                        + "): tulis nilai dari yang terlama, satu nilai per tahun mulai berlaku"));
            }
        }
        BigDecimal amount = null;
        JsonValue number = item.get("value");
        if (number == null || number.getValueType() != JsonValue.ValueType.NUMBER) {
            problems.add(problem(path + ".value", "wajib berupa angka tanpa tanda kutip, mis. 10 atau 1000000000"
                    + (number == null ? "" : " (tertulis " + number + ")")));
        } else {
            amount = ((JsonNumber) number).bigDecimalValue();
        }
        String source = text(item, "source", path, problems,
                "wajib diisi: sebutkan dasar nilainya, mis. \"UU 13/2003 Pasal 108 ayat (1)\"");
        return problems.size() == before ? new Value(from, amount, source) : null;
    }

    private static String text(JsonObject item, String key, String path, List<RuleMessage> problems, String requirement) {
        JsonValue value = item.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING || ((JsonString) value).getString().isBlank()) {
            problems.add(problem(path + "." + key, requirement));
            return null;
        }
        return ((JsonString) value).getString().strip();
    }

    private static void unknownKeys(JsonObject object, Set<String> known, String prefix, List<RuleMessage> problems) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                problems.add(problem(prefix + key, "kunci tidak dikenal (yang dikenal: " + String.join(", ", known) + ")"));
            }
        }
    }

    private static RuleMessage problem(String path, String message) {
        return new RuleMessage(0, 0, (path.equals(FILE) ? FILE : FILE + ", " + path) + ": " + message);
    }

    /** The parameters, in file order. */
    public List<Definition> getDefinitions() {
        return definitions;
    }

    public boolean isEmpty() {
        return definitions.isEmpty();
    }

    /** The codes of the parameters, in file order. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        definitions.forEach(d -> codes.add(d.code()));
        return Collections.unmodifiableSet(codes);
    }

    /**
     * The facts to insert for reporting year {@code year}: one {@link Parameter} per parameter, with the
     * value in force that year.
     *
     * @throws RuleSetException if a parameter has no value for that year (the year is before its first
     *                          {@code from}), naming the parameter and the years it covers
     */
    public List<Parameter> effectiveFor(String ruleSet, int year) {
        List<Parameter> facts = new ArrayList<>();
        List<RuleMessage> missing = new ArrayList<>();
        for (Definition definition : definitions) {
            Optional<Value> value = definition.valueFor(year);
            if (value.isPresent()) {
                facts.add(new Parameter(definition.code(), value.get().value(), value.get().from(), value.get().source()));
            } else {
                missing.add(new RuleMessage(0, 0, FILE + ": parameter " + definition.code() + " tidak punya nilai untuk tahun "
                        + year + " (nilai pertama berlaku mulai " + definition.values().get(0).from() + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleSetException(ruleSet, missing);
        }
        return facts;
    }
}
