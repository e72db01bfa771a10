package org.akuntabel.access;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every insert, update and delete of the register, plan, report, rule-draft, agency and account data in the
 * audit log, in the transaction that makes it, whichever service made it: a default entity listener
 * ({@code META-INF/orm.xml} of the domain module). Each entity's plain fields are remembered when it is loaded, so an
 * update records before → after of the fields that changed. Evaluation results (runs, determinations, findings) are
 * derived data and not recorded; their rule versions and data digests say where they came from.
 */
public class AuditListener {

    private static final Map<Object, Map<String, String>> LOADED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    /** Whether changes of this entity class are recorded. */
    static boolean audited(Class<?> type) {
        String name = type.getName();
        if (name.startsWith("org.akuntabel.evaluation.")) {
            return name.endsWith(".RuleSetDraft") || name.endsWith(".RuleSetActivation");
        }
        return name.startsWith("org.akuntabel.");
    }

    @PostLoad
    public void loaded(Object entity) {
        if (audited(entity.getClass())) {
            LOADED.put(entity, state(entity));
        }
    }

    @PostPersist
    public void inserted(Object entity) {
        if (audited(entity.getClass())) {
            Map<String, String> after = state(entity);
            write(entity, "CREATE", null, json(after));
            LOADED.put(entity, after);
        }
    }

    @PostUpdate
    public void updated(Object entity) {
        if (!audited(entity.getClass())) {
            return;
        }
        Map<String, String> before = LOADED.getOrDefault(entity, Map.of());
        Map<String, String> after = state(entity);
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                was.put(field, before.get(field));
                now.put(field, value);
            }
        });
        if (!now.isEmpty()) {
            write(entity, "UPDATE", json(was), json(now));
        }
        LOADED.put(entity, after);
    }

    @PreRemove
    public void removing(Object entity) {
        if (audited(entity.getClass())) {
            LOADED.put(entity, state(entity));
        }
    }

    @PostRemove
    public void removed(Object entity) {
        if (audited(entity.getClass())) {
            write(entity, "DELETE", json(LOADED.getOrDefault(entity, state(entity))), null);
            LOADED.remove(entity);
        }
    }

    private static void write(Object entity, String action, String before, String after) {
        String user = CDI.current().select(Callers.class).get().current().name();
        AuditChain.Event event = new AuditChain.Event(user, action, entity.getClass().getSimpleName(), id(entity), owner(entity),
                agencyCode(entity, 0), before, after, null);
        // through the EJB: the flush may run at commit, after the service's invocation ended, where no name can be looked up
        CDI.current().select(AuditLog.class).get().append(event);
    }

    /** The entity's plain fields (text, numbers, dates, enums, flags, embedded values) as text; never a password hash. */
    static Map<String, String> state(Object entity) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Field field : fields(entity.getClass())) {
            try {
                Object value = field.get(entity);
                if (field.isAnnotationPresent(Embedded.class) && value != null) {
                    for (Field inner : fields(value.getClass())) {
                        put(state, field.getName() + "." + inner.getName(), inner.get(value));
                    }
                } else if (field.getName().toLowerCase().contains("password")) {
                    state.put(field.getName(), value == null ? null : "***");
                } else {
                    put(state, field.getName(), value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return state;
    }

    private static void put(Map<String, String> state, String name, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Temporal || value instanceof Character) {
            state.put(name, value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        } else if (value instanceof byte[] bytes) {
            state.put(name, "(" + bytes.length + " byte)");
        }
    }

    private static Field[] fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            java.util.List<Field> fields = new java.util.ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(Transient.class) && !f.getName().startsWith("_")
                            && !f.isAnnotationPresent(Version.class)) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return fields.toArray(Field[]::new);
        });
    }

    private static String id(Object entity) {
        for (Field field : fields(entity.getClass())) {
            if (field.isAnnotationPresent(Id.class)) {
                try {
                    return String.valueOf(field.get(entity));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /** The entity a part belongs to ({@code Cooperative:12} for a cooperative's yearly record), if any. */
    static String owner(Object entity) {
        for (String parent : new String[]{"getCooperative", "getDocument", "getProgramme", "getActivity", "getIndicator", "getTujuan"}) {
            try {
                Object owner = entity.getClass().getMethod(parent).invoke(entity);
                if (owner != null) {
                    return owner.getClass().getSimpleName() + ":" + id(owner);
                }
            } catch (NoSuchMethodException notThisOne) {
                // try the next parent
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** The code of the agency the entity belongs to: its own {@code getAgency()}, else that of its parent (two levels up). */
    static String agencyCode(Object entity, int depth) {
        if (entity == null || depth > 3) {
            return null;
        }
        if (entity instanceof Agency agency) {
            return agency.getCode();
        }
        for (String parent : new String[]{"getAgency", "getCooperative", "getDocument", "getProgramme", "getActivity", "getIndicator",
                "getRenstra", "getTujuan"}) {
            try {
                Method getter = entity.getClass().getMethod(parent);
                String code = agencyCode(getter.invoke(entity), depth + 1);
                if (code != null) {
                    return code;
                }
            } catch (NoSuchMethodException notThisOne) {
                // try the next parent
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }

    private static String json(Map<String, String> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v == null) {
                json.addNull(k);
            } else {
                json.add(k, v);
            }
        });
        return json.build().toString();
    }
}
