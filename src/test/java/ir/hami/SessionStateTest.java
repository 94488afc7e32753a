package ir.hami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards what a second node needs to take over a session (features.md, "Two nodes: what is shared"): every
 * session-, view-, conversation- and flow-scoped bean is {@link Serializable}; none has a {@code transient} injected
 * field (Weld does not inject again after deserialisation, so a transient service is null on the other node; the
 * proxies of normal-scoped beans and EJB references are serialisable themselves); and nothing it holds is plainly
 * not serialisable (an open stream, an EntityManager, a {@code StreamedContent}), following the application's own
 * classes it holds down to the JDK's. Reads the compiled classes under {@code target/classes}. Also: every library
 * that brings a {@code web-fragment.xml} says {@code <distributable/>}, or Payara keeps the sessions of the whole
 * application in one node's memory.
 */
class SessionStateTest {

    private static final Path CLASSES = Path.of("target/classes");

    private static final List<String> PASSIVATING_SCOPES = List.of("jakarta.enterprise.context.SessionScoped",
            "jakarta.faces.view.ViewScoped", "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.flow.FlowScoped");

    /** Beans whose references in a passivating bean are serialisable proxies (normal scopes, EJBs). */
    private static final List<String> PROXIED = List.of("jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.SessionScoped",
            "jakarta.ejb.Stateless", "jakarta.ejb.Singleton", "jakarta.ejb.Stateful");

    /** Interfaces whose instances are never serialisable: a field of one is a bug in a session. */
    private static final List<String> NEVER = List.of("org.primefaces.model.StreamedContent",
            "jakarta.persistence.EntityManager", "jakarta.persistence.EntityManagerFactory", "java.sql.Connection",
            "java.sql.ResultSet", "javax.sql.DataSource", "java.util.stream.BaseStream", "java.util.Iterator",
            "jakarta.servlet.http.Part", "jakarta.servlet.http.HttpServletRequest",
            "jakarta.servlet.http.HttpServletResponse", "jakarta.faces.context.FacesContext");

    static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                    classes.add(Class.forName(name, false, SessionStateTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }

    static boolean annotated(Class<?> type, List<String> names) {
        for (Annotation a : type.getAnnotations()) {
            if (names.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyPassivatingBeanCanMoveToAnotherNode() throws Exception {
        Set<String> problems = new java.util.LinkedHashSet<>();
        int beans = 0;
        for (Class<?> type : compiledClasses()) {
            if (annotated(type, PASSIVATING_SCOPES)) {
                beans++;
                problems.addAll(problems(type));
            }
        }
        assertTrue(beans > 20, "found only " + beans + " session and view beans: is target/classes there?");
        assertEquals(List.of(), List.copyOf(problems));
    }

    @Test
    void theGuardSeesWhatBreaksAFailover() {
        assertEquals(Set.of(
                "ir.hami.SessionStateTest$Broken.service: transient injected (null on the other node)",
                "ir.hami.SessionStateTest$Broken.stream: java.io.InputStream is not serializable",
                "ir.hami.SessionStateTest$Broken.em: jakarta.persistence.EntityManager is never serializable",
                "ir.hami.SessionStateTest$Broken.held: ir.hami.SessionStateTest$Held is not serializable",
                "ir.hami.SessionStateTest$Broken.holder: java.util.Optional is not serializable"),
                new HashSet<>(problems(Broken.class)));
        assertEquals(List.of("ir.hami.SessionStateTest$Held: not Serializable"), problems(Held.class));
    }

    /** What stops {@code bean} from moving to another node, one line each. */
    static List<String> problems(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        if (!Serializable.class.isAssignableFrom(bean)) {
            problems.add(bean.getName() + ": not Serializable");
            return problems;
        }
        held(bean, problems, new HashSet<>());
        return problems;
    }

    private static void held(Class<?> type, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("ir.hami."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod)) {
                    continue;
                }
                String where = c.getName() + "." + f.getName() + ": ";
                boolean injected = f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class);
                if (Modifier.isTransient(mod)) {
                    if (injected || f.isAnnotationPresent(PersistenceContext.class)) {
                        problems.add(where + "transient injected (null on the other node)");
                    }
                    continue;
                }
                if (f.isAnnotationPresent(PersistenceContext.class)) {
                    problems.add(where + "an EntityManager in a session: use a service");
                    continue;
                }
                if (injected) {
                    continue; // a proxy, or a dependent bean that Weld itself requires to be passivation capable
                }
                check(f.getGenericType(), where, problems, seen);
            }
        }
    }

    private static void check(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, problems, seen);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return; // a type variable: its bound is checked where it is declared
        }
        if (c.isArray()) {
            check(c.getComponentType(), where, problems, seen);
            return;
        }
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        for (String never : NEVER) {
            if (implementsNamed(c, never)) {
                problems.add(where + never + " is never serializable");
                return;
            }
        }
        if (annotated(c, PROXIED)) {
            return; // handed over from an injected field: a serialisable proxy
        }
        if (!c.isInterface() && !Serializable.class.isAssignableFrom(c) && c != Object.class) {
            problems.add(where + c.getName() + " is not serializable");
            return;
        }
        if (c.getName().startsWith("ir.hami.")) {
            held(c, problems, seen);
        }
    }

    private static boolean implementsNamed(Class<?> c, String name) {
        if (c == null) {
            return false;
        }
        if (c.getName().equals(name)) {
            return true;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (implementsNamed(i, name)) {
                return true;
            }
        }
        return implementsNamed(c.getSuperclass(), name);
    }

    static class Held {
        String text;
    }

    @SuppressWarnings("unused")
    static class Broken implements Serializable {
        @Inject
        transient Object service;
        InputStream stream;
        jakarta.persistence.EntityManager em;
        Held held;
        List<java.util.Optional<String>> holder;
        transient InputStream fine;
        @Inject
        Object injected;
    }

    /**
     * Every jar on the test class path (the WAR's libraries and the tests' own) with a web fragment says
     * {@code <distributable/>}. Today that is PrimeFaces alone; a test-only jar without it would need an exception
     * here, a WAR library without it a fix (STACK-NOTES, "Two nodes").
     */
    @Test
    void everyWebFragmentIsDistributable() throws IOException {
        List<String> fragments = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                JarEntry fragment = jar.getJarEntry("META-INF/web-fragment.xml");
                if (fragment == null) {
                    continue;
                }
                String name = Path.of(entry).getFileName().toString();
                fragments.add(name);
                try (InputStream in = jar.getInputStream(fragment)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
                    if (!xml.matches("(?s).*<distributable\\s*/>.*")) {
                        offenders.add(name);
                    }
                }
            }
        }
        assertTrue(fragments.stream().anyMatch(n -> n.startsWith("primefaces-")), "PrimeFaces' fragment: " + fragments);
        assertEquals(List.of(), offenders, "web fragments without <distributable/>");
    }
}
