package org.akuntabel.evaluation.validation;

import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.Outcome;
import org.akuntabel.evaluation.Parameter;
import org.akuntabel.evaluation.scale.BandAssignment;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a rule file may name. Whatever is not listed here is rejected by the
 * {@link RuleFileValidator}; nothing is rejected merely for being "known dangerous".
 *
 * <ul>
 *   <li><b>Fact classes</b>: the classes of {@link FactModel} (the subjects and values rule sets are
 *       written over) and the context facts the engine inserts beside them ({@link Parameter}, the
 *       values of the rule set's parameters for the reporting year). They are the only pattern types
 *       and their bean properties (public getters) the only names a constraint may read. A new kind of
 *       subject is allowed by adding it to {@link FactModel}; nothing here changes. Context facts can
 *       be read but never created by a rule: they are not output classes.</li>
 *   <li><b>Output classes</b>: {@link CriterionFinding} and {@link BandAssignment}, the only objects a
 *       consequence may create, and only as the argument of {@code insert(...)}.</li>
 *   <li><b>Constants</b>: the constants of {@link Outcome}, written {@code Outcome.MET} etc.</li>
 *   <li>Imports: exactly the classes above, by their canonical names.</li>
 *   <li>Package: below {@value #PACKAGE_PREFIX}.</li>
 *   <li>Rule attributes: {@code salience} (an integer literal), {@code no-loop} and
 *       {@code lock-on-active} ({@code true}/{@code false}); rule annotation: {@code @kriteria("CODE")}.</li>
 * </ul>
 */
public final class AllowList {

    /** Rule files live in their own packages, so they cannot share a package with application classes. */
    public static final String PACKAGE_PREFIX = "org.akuntabel.rulesets.";

    /** The only statement a consequence may contain: {@code insert(new <output class>(...));}. */
    public static final String INSERT = "insert";

    /** The only rule annotation: the criterion a rule decides, read by the evaluation engine. */
    public static final String CRITERION_ANNOTATION = "kriteria";

    /** Rule attributes with an integer literal value. */
    public static final Set<String> INTEGER_ATTRIBUTES = Set.of("salience");

    /** Rule attributes with a boolean literal value. */
    public static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("no-loop", "lock-on-active");

    /** Facts the engine inserts next to the subjects; rules read them but are not written over them. */
    private static final List<Class<?>> CONTEXT_FACT_CLASSES = List.of(Parameter.class);

    /** Objects a consequence may insert. */
    private static final List<Class<?>> OUTPUT_CLASSES = List.of(CriterionFinding.class, BandAssignment.class);

    /** Enumerations whose constants may be written as {@code Type.CONSTANT}. */
    private static final List<Class<? extends Enum<?>>> CONSTANT_CLASSES = List.of(Outcome.class);

    private static final AllowList STANDARD = new AllowList(
            Stream.concat(Arrays.stream(FactModel.values()).map(FactModel::getFactClass), CONTEXT_FACT_CLASSES.stream()).toList(),
            OUTPUT_CLASSES, CONSTANT_CLASSES);

    private final Map<String, Class<?>> factClasses;
    private final Map<String, Class<?>> outputClasses;
    private final Map<String, Set<String>> constants;
    private final Map<String, Class<?>> importable;
    private final Map<Class<?>, Set<String>> properties;

    AllowList(List<Class<?>> facts, List<Class<?>> outputs, List<Class<? extends Enum<?>>> enums) {
        this.factClasses = bySimpleName(facts.stream());
        this.outputClasses = bySimpleName(outputs.stream());
        Map<String, Set<String>> enumConstants = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : enums) {
            enumConstants.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        this.constants = Collections.unmodifiableMap(enumConstants);
        this.importable = bySimpleName(Stream.of(facts.stream(), outputs.stream(), enums.stream()).flatMap(s -> s));
        Map<Class<?>, Set<String>> props = new LinkedHashMap<>();
        facts.forEach(type -> props.put(type, beanProperties(type)));
        this.properties = Collections.unmodifiableMap(props);
    }

    /** The allow-list of this application, derived from {@link FactModel} and the context facts. */
    public static AllowList standard() {
        return STANDARD;
    }

    private static Map<String, Class<?>> bySimpleName(Stream<? extends Class<?>> classes) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        classes.forEach(type -> {
            if (map.put(type.getSimpleName(), type) != null) {
                throw new IllegalStateException("Two allowed classes share the simple name " + type.getSimpleName());
            }
        });
        return Collections.unmodifiableMap(map);
    }

    /** The readable bean properties of a fact class: public instance getters without parameters. */
    private static Set<String> beanProperties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
                names.add(decapitalize(name.substring(3)));
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                names.add(decapitalize(name.substring(2)));
            }
        }
        names.remove("class");
        return Collections.unmodifiableSet(names);
    }

    /** As {@code java.beans.Introspector.decapitalize}: "RatDate" → "ratDate", "URL" stays "URL". */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** True if {@code canonicalName} names one of the allowed classes exactly. */
    public boolean isImportable(String canonicalName) {
        Class<?> type = importable.get(simpleName(canonicalName));
        return type != null && type.getCanonicalName().equals(canonicalName);
    }

    /** The fact class with this simple name, or {@code null}. */
    public Class<?> factClass(String simpleName) {
        return factClasses.get(simpleName);
    }

    /** True for a fact the engine inserts beside the subjects ({@link Parameter}), false for a subject or a value to band. */
    public boolean isContextFact(String simpleName) {
        return CONTEXT_FACT_CLASSES.stream().anyMatch(type -> type.getSimpleName().equals(simpleName));
    }

    public boolean isOutputClass(String simpleName) {
        return outputClasses.containsKey(simpleName);
    }

    /** True for {@code Outcome.MET} etc.: an allowed enumeration and one of its constants. */
    public boolean isConstant(String type, String constant) {
        Set<String> names = constants.get(type);
        return names != null && names.contains(constant);
    }

    /** The bean properties a constraint on {@code factClass} may read. */
    public Set<String> properties(Class<?> factClass) {
        return properties.getOrDefault(factClass, Set.of());
    }

    /** Canonical names of the importable classes, for messages. */
    public String importableNames() {
        return importable.values().stream().map(Class::getCanonicalName).collect(Collectors.joining(", "));
    }

    /** Simple names of the fact classes, for messages. */
    public String factNames() {
        return String.join(", ", factClasses.keySet());
    }

    /** Simple names of the output classes, for messages. */
    public String outputNames() {
        return String.join(", ", outputClasses.keySet());
    }

    /** {@code Outcome.MET, Outcome.NOT_MET, ...}, for messages. */
    public String constantNames() {
        return constants.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(c -> e.getKey() + "." + c))
                .collect(Collectors.joining(", "));
    }

    /** The last segment of a dotted name. */
    static String simpleName(String canonicalName) {
        int dot = canonicalName.lastIndexOf('.');
        return dot < 0 ? canonicalName : canonicalName.substring(dot + 1);
    }
}
