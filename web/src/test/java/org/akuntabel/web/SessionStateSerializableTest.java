package org.akuntabel.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web application is {@code <distributable/>}: with clustering on, Payara replicates each session through Hazelcast
 * and another instance carries on with it when the one that served it stops (README, "Deployment on more than one
 * machine"). So every session- and view-scoped bean, and everything it keeps, must be Serializable; and its injected
 * services must not be {@code transient}, or they would be null on the other instance (Weld serialises their proxies,
 * which find the service again there). Checked here over the compiled classes, field by field, type argument by type
 * argument, into the application's own types.
 */
class SessionStateSerializableTest {

    @Test
    void everythingASessionKeepsIsSerializable() throws IOException, URISyntaxException {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 15, "the pages' view-scoped beans are found: " + beans);
        assertTrue(beans.contains(Language.class), "the session-scoped page language is found");

        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    String where = c.getSimpleName() + "." + field.getName();
                    if (Modifier.isStatic(modifiers)) {
                        continue;
                    }
                    boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
                    if (injected) {
                        if (Modifier.isTransient(modifiers)) {
                            problems.add(where + " is injected and transient: null after the session moves to another instance");
                        }
                    } else if (!Modifier.isTransient(modifiers)) {
                        check(field.getGenericType(), where, seen, problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Problems of a value of type {@code type} kept at {@code where}. */
    private static void check(Type type, String where, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), where + "[]", seen, problems);
        } else if (type instanceof TypeVariable<?>) {
            // bound by the enclosing declaration: checked where it is used with a type
        } else if (type instanceof Class<?> c) {
            checkClass(c, where, seen, problems);
        }
    }

    private static void checkClass(Class<?> c, String where, Set<Class<?>> seen, List<String> problems) {
        if (c.isPrimitive() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), where + "[]", seen, problems);
            return;
        }
        // the collection interfaces: the values they hold are checked through their type arguments
        if (c == List.class || c == Set.class || c == Map.class || c == Collection.class) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (!c.getName().startsWith("org.akuntabel.") || !seen.add(c)) {
            return;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    check(field.getGenericType(), where + " → " + k.getSimpleName() + "." + field.getName(), seen, problems);
                }
            }
        }
    }

    /** The session- and view-scoped beans among the web module's compiled classes. */
    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(Language.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
