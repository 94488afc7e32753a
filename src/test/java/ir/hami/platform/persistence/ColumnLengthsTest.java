package ir.hami.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guard: every text field of every entity states the length of its column, and that length is the one the Flyway
 * scripts give the column (their final state, later {@code ALTER TABLE}s included). The services check lengths with
 * the entity's figure, so a script that widens or narrows a column without the entity (or the other way round) fails
 * the build here instead of letting a too-long text reach the database.
 */
class ColumnLengthsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyEntityTextFieldStatesItsColumnsLength() throws IOException {
        Map<String, Map<String, Integer>> schema = Schema.read(MIGRATIONS);
        List<Class<?>> entities = entities();
        assertTrue(entities.size() >= 30, "entities found under " + CLASSES + ": " + entities.size());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> entity : entities) {
            String table = tableOf(entity);
            Map<String, Integer> columns = schema.get(table);
            if (columns == null) {
                problems.add(entity.getSimpleName() + ": no table " + table + " in the migrations");
                continue;
            }
            for (Field field : textFields(entity)) {
                checked++;
                Column column = field.getAnnotation(Column.class);
                String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
                String where = entity.getSimpleName() + "." + field.getName() + " (" + table + "." + name + ")";
                Integer size = columns.get(name.toLowerCase(Locale.ROOT));
                if (size == null) {
                    problems.add(where + ": no such character column in the migrations");
                } else if (column == null || column.length() != size) {
                    problems.add(where + ": @Column(length = " + (column == null ? "none" : column.length())
                            + ") but the column is varchar(" + size + ")");
                } else if (field.getType().isEnum()) {
                    for (Object constant : field.getType().getEnumConstants()) {
                        if (((Enum<?>) constant).name().length() > size) {
                            problems.add(where + ": " + constant + " is longer than varchar(" + size + ")");
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 100, "text fields checked: " + checked);
        assertEquals(List.of(), problems, "entity text fields against the migrations' columns");
    }

    @Test
    void theScriptsFinalStateIsRead() {
        Map<String, Map<String, Integer>> schema = Schema.parse(List.of("""
                -- a comment; with a semicolon
                create table a (
                    id bigint not null primary key,
                    name varchar(20) not null, code char(3),
                    amount decimal(12, 2),
                    constraint uq_a unique (name)
                );
                alter table a add column note varchar(100);
                alter table a add other varchar(7) default 'x;y';
                alter table a modify column note varchar(300) not null;
                ALTER TABLE A ALTER COLUMN name SET DATA TYPE VARCHAR(40);
                alter table a drop column code;
                """));
        assertEquals(Map.of("a", Map.of("name", 40, "note", 300, "other", 7)), schema);
    }

    private static String tableOf(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        String name = table != null && !table.name().isEmpty() ? table.name() : entity.getSimpleName();
        return name.toLowerCase(Locale.ROOT);
    }

    /** Persistent fields stored as text: {@code String}s and enums stored by name. */
    private static List<Field> textFields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(Lob.class)
                        || field.isSynthetic()) {
                    continue;
                }
                Enumerated enumerated = field.getAnnotation(Enumerated.class);
                boolean byName = field.getType().isEnum() && enumerated != null
                        && enumerated.value() == EnumType.STRING;
                if (field.getType() == String.class || byName) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> entities() throws IOException {
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))
                    .sorted(Comparator.naturalOrder())::iterator) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("$") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, ColumnLengthsTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class)) {
                        entities.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return entities;
    }

    /** The character columns (name → size) of each table, as the migrations leave them. */
    static final class Schema {

        private static final Pattern CREATE = Pattern.compile(
                "(?is)^create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?[`\"]?(\\w+)[`\"]?\\s*\\((.*)\\)[^)]*$");
        private static final Pattern ALTER = Pattern.compile(
                "(?is)^alter\\s+table\\s+(?:if\\s+exists\\s+)?[`\"]?(\\w+)[`\"]?\\s+(.*)$");
        private static final Pattern ADD = Pattern.compile(
                "(?is)^add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?[`\"]?(\\w+)[`\"]?\\s+(.*)$");
        private static final Pattern MODIFY = Pattern.compile(
                "(?is)^(?:modify|change)\\s+(?:column\\s+)?[`\"]?(\\w+)[`\"]?\\s+(.*)$");
        private static final Pattern ALTER_COLUMN = Pattern.compile(
                "(?is)^alter\\s+column\\s+[`\"]?(\\w+)[`\"]?\\s+(?:set\\s+data\\s+type\\s+|type\\s+)?(.*)$");
        private static final Pattern DROP = Pattern.compile(
                "(?is)^drop\\s+(?:column\\s+)?(?:if\\s+exists\\s+)?[`\"]?(\\w+)[`\"]?\\s*$");
        private static final Pattern RENAME = Pattern.compile(
                "(?is)^rename\\s+column\\s+[`\"]?(\\w+)[`\"]?\\s+to\\s+[`\"]?(\\w+)[`\"]?\\s*$");
        private static final Pattern CHARS = Pattern.compile(
                "(?is)^(?:national\\s+)?(?:varchar|char|character\\s+varying|character|nvarchar|nchar)\\s*\\(\\s*(\\d+)\\s*\\).*");
        private static final Pattern NOT_A_COLUMN = Pattern.compile(
                "(?is)^(constraint|primary|unique|foreign|index|key|check)\\b.*");

        private Schema() {
        }

        static Map<String, Map<String, Integer>> read(Path folder) throws IOException {
            List<Path> scripts;
            try (Stream<Path> files = Files.list(folder)) {
                scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                        .sorted(Comparator.comparingInt(Schema::version)).toList();
            }
            assertTrue(!scripts.isEmpty(), "no migrations in " + folder);
            List<String> texts = new ArrayList<>();
            for (Path script : scripts) {
                texts.add(Files.readString(script, StandardCharsets.UTF_8));
            }
            return parse(texts);
        }

        private static int version(Path script) {
            String name = script.getFileName().toString();
            return Integer.parseInt(name.substring(1, name.indexOf("__")));
        }

        static Map<String, Map<String, Integer>> parse(List<String> scripts) {
            Map<String, Map<String, Integer>> tables = new HashMap<>();
            for (String script : scripts) {
                for (String statement : statements(script)) {
                    apply(tables, statement);
                }
            }
            return tables;
        }

        private static void apply(Map<String, Map<String, Integer>> tables, String statement) {
            Matcher create = CREATE.matcher(statement);
            if (create.matches()) {
                Map<String, Integer> columns = new HashMap<>();
                for (String definition : split(create.group(2), ',')) {
                    if (!NOT_A_COLUMN.matcher(definition).matches()) {
                        column(columns, definition);
                    }
                }
                tables.put(create.group(1).toLowerCase(Locale.ROOT), columns);
                return;
            }
            Matcher alter = ALTER.matcher(statement);
            if (!alter.matches()) {
                return;
            }
            Map<String, Integer> columns = tables.computeIfAbsent(alter.group(1).toLowerCase(Locale.ROOT),
                    t -> new HashMap<>());
            for (String change : split(alter.group(2), ',')) {
                Matcher m;
                if ((m = ALTER_COLUMN.matcher(change)).matches() || (m = MODIFY.matcher(change)).matches()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT);
                    String rest = m.group(2).trim();
                    if (change.toLowerCase(Locale.ROOT).startsWith("change")) {
                        // MySQL: CHANGE old new type
                        columns.remove(name);
                        column(columns, rest);
                    } else if (rest.toLowerCase(Locale.ROOT).matches("(?s)^(set|drop|restart)\\b.*")) {
                        continue; // a default or nullability change: the type stays
                    } else {
                        columns.remove(name);
                        column(columns, name + " " + rest);
                    }
                } else if ((m = ADD.matcher(change)).matches()
                        && !NOT_A_COLUMN.matcher(m.group(1)).matches()) {
                    column(columns, m.group(1) + " " + m.group(2));
                } else if ((m = DROP.matcher(change)).matches()) {
                    columns.remove(m.group(1).toLowerCase(Locale.ROOT));
                } else if ((m = RENAME.matcher(change)).matches()) {
                    Integer size = columns.remove(m.group(1).toLowerCase(Locale.ROOT));
                    if (size != null) {
                        columns.put(m.group(2).toLowerCase(Locale.ROOT), size);
                    }
                }
            }
        }

        private static void column(Map<String, Integer> columns, String definition) {
            String[] parts = definition.trim().split("\\s+", 2);
            if (parts.length < 2) {
                return;
            }
            Matcher type = CHARS.matcher(parts[1].trim());
            if (type.matches()) {
                columns.put(parts[0].replaceAll("[`\"]", "").toLowerCase(Locale.ROOT),
                        Integer.parseInt(type.group(1)));
            }
        }

        /** The statements of a script without comments; semicolons inside quotes do not end one. */
        private static List<String> statements(String script) {
            StringBuilder clean = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < script.length(); i++) {
                char c = script.charAt(i);
                if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                    while (i < script.length() && script.charAt(i) != '\n') {
                        i++;
                    }
                    clean.append('\n');
                    continue;
                }
                if (!quoted && c == '/' && i + 1 < script.length() && script.charAt(i + 1) == '*') {
                    int end = script.indexOf("*/", i + 2);
                    i = end < 0 ? script.length() : end + 1;
                    clean.append(' ');
                    continue;
                }
                if (c == '\'') {
                    quoted = !quoted;
                }
                clean.append(c);
            }
            return split(clean.toString(), ';').stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** Splits on a separator outside parentheses and quotes. */
        private static List<String> split(String text, char separator) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            StringBuilder part = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                } else if (!quoted && depth == 0 && c == separator) {
                    parts.add(part.toString().trim());
                    part.setLength(0);
                    continue;
                }
                part.append(c);
            }
            if (!part.toString().isBlank()) {
                parts.add(part.toString().trim());
            }
            return Arrays.asList(parts.toArray(String[]::new));
        }
    }
}
