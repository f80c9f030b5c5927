package org.geoprospect.io.shp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node of a parsed WKT coordinate reference system: {@code KEYWORD["text", 1.0, CHILD[...], ...]}.
 *
 * <p>Quoted values are kept as {@link String}s without their quotes, bare values (numbers, enums) as
 * their text. The parser is lenient: it accepts both brackets and parentheses and never evaluates
 * anything. Instances are immutable after parsing and thread-safe.
 *
 * @param keyword  the upper-cased keyword, e.g. {@code PROJCS}
 * @param values   the plain values in order (quoted texts without quotes, numbers as text)
 * @param children the nested nodes in order
 */
public record WktNode(String keyword, List<String> values, List<WktNode> children) {
    /** Deepest nesting accepted; guards against stack overflow on hostile text. */
    private static final int MAX_DEPTH = 64;

    public WktNode {
        values = List.copyOf(values);
        children = List.copyOf(children);
    }

    /**
     * Parses a WKT text.
     *
     * @param wkt the text; null or blank gives an empty result
     * @return the root node, or empty when the text is not well-formed WKT
     */
    public static Optional<WktNode> parse(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return Optional.empty();
        }
        Parser parser = new Parser(wkt);
        try {
            WktNode root = parser.node(0);
            return Optional.ofNullable(root);
        } catch (IllegalStateException malformed) {
            return Optional.empty();
        }
    }

    /** The first plain value (usually the name), or an empty string. */
    public String name() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The first direct child with this keyword (case-insensitive). */
    public Optional<WktNode> child(String childKeyword) {
        for (WktNode node : children) {
            if (node.keyword.equalsIgnoreCase(childKeyword)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** The first direct child whose keyword is one of these (case-insensitive), trying them in order. */
    public Optional<WktNode> childAny(String... childKeywords) {
        for (String childKeyword : childKeywords) {
            Optional<WktNode> found = child(childKeyword);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** All direct children with this keyword (case-insensitive), in order. */
    public List<WktNode> children(String childKeyword) {
        List<WktNode> found = new ArrayList<>();
        for (WktNode node : children) {
            if (node.keyword.equalsIgnoreCase(childKeyword)) {
                found.add(node);
            }
        }
        return found;
    }

    /**
     * The plain value at this index read as a number, e.g. {@code 6378137} for index 1 of a SPHEROID.
     *
     * @return the number, or NaN when the value is missing or not a number
     */
    public double number(int index) {
        if (index < 0 || index >= values.size()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(values.get(index).trim());
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /** Hand-written recursive-descent parser; why: WKT is tiny and needs no regex or library. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        WktNode node(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalStateException("too deep");
            }
            skipBlanks();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalStateException("keyword expected");
            }
            String keyword = text.substring(start, pos).toUpperCase(java.util.Locale.ROOT);
            skipBlanks();
            List<String> values = new ArrayList<>();
            List<WktNode> children = new ArrayList<>();
            if (pos >= text.length() || (text.charAt(pos) != '[' && text.charAt(pos) != '(')) {
                return new WktNode(keyword, values, children);
            }
            char close = text.charAt(pos) == '[' ? ']' : ')';
            pos++;
            while (true) {
                skipBlanks();
                if (pos >= text.length()) {
                    throw new IllegalStateException("unclosed");
                }
                char c = text.charAt(pos);
                if (c == close) {
                    pos++;
                    return new WktNode(keyword, values, children);
                } else if (c == ',') {
                    pos++;
                } else if (c == '"') {
                    values.add(quoted());
                } else if (Character.isLetter(c)) {
                    int save = pos;
                    WktNode child = node(depth + 1);
                    if (child.values.isEmpty() && child.children.isEmpty() && !followedByBracket(save)) {
                        values.add(text.substring(save, pos).trim());
                    } else {
                        children.add(child);
                    }
                } else {
                    int start2 = pos;
                    while (pos < text.length() && ",])".indexOf(text.charAt(pos)) < 0) {
                        pos++;
                    }
                    values.add(text.substring(start2, pos).trim());
                }
            }
        }

        private boolean followedByBracket(int from) {
            for (int i = from; i < pos; i++) {
                if (text.charAt(i) == '[' || text.charAt(i) == '(') {
                    return true;
                }
            }
            return false;
        }

        private String quoted() {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
            throw new IllegalStateException("unclosed quote");
        }

        private void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
