package org.geoprospect.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered schema migration: a SQL script on the class path named {@code V<n>__<description>.sql}.
 *
 * <p>Scripts may use placeholders such as {@code ${projectSrid}}, replaced before execution. Statements
 * end with a semicolon at the end of a line; lines starting with {@code --} are comments. Immutable.
 *
 * @param version     the schema version the script brings the database to (1, 2, ...)
 * @param description the words after the double underscore, underscores read as spaces
 * @param resource    absolute class-path resource of the script
 */
record Migration(int version, String description, String resource) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(resource, "resource");
    }

    /**
     * Builds the migration of a script resource from its file name.
     *
     * @throws IllegalArgumentException when the file name does not follow {@code V<n>__<words>.sql}
     */
    static Migration ofResource(String resource) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Migration script " + resource
                    + " must be named V<number>__<description>.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), resource);
    }

    /**
     * Reads the script and returns its statements with the placeholders replaced.
     *
     * @throws IllegalStateException when the script is missing or uses an unknown placeholder
     */
    List<String> statements(Map<String, String> variables) {
        String script = substitute(read(), variables);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private String read() {
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration script " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Migration script " + resource + " could not be read", e);
        }
    }

    private String substitute(String script, Map<String, String> variables) {
        Matcher matcher = PLACEHOLDER.matcher(script);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("Migration script " + resource + " uses unknown placeholder "
                        + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
