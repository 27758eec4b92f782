package org.hocr.api.json;

import java.util.Locale;

/** Wording for read errors that never carries the input's own text. */
final class Names {
    private static final int MAX_NAME = 40;

    private Names() {
    }

    static String clip(String name) {
        if (name == null) {
            return "";
        }
        String safe = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return safe.length() <= MAX_NAME ? safe : safe.substring(0, MAX_NAME) + "…";
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.length() == 0 ? "" : ", ").append(constant);
            }
            return type.getSimpleName() + " (one of " + values + ")";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "LocalTime" -> "time (HH:MM or HH:MM:SS)";
            case "String" -> "string";
            case "List" -> "array";
            default -> type.getSimpleName().toLowerCase(Locale.ROOT).equals("report") ? "report object"
                    : type.getSimpleName() + " object";
        };
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        // Jackson puts quoted input after the first colon or quote; keep only its own words.
        String line = message.lines().findFirst().orElse("");
        int cut = line.indexOf('"');
        return (cut < 0 ? line : line.substring(0, cut)).trim();
    }

    /** Which read limit an input went over, in the limit's own words and numbers, never the input's. */
    static String limit(String message, int document, int depth, int string, int number) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document length")) {
            return "too large: a report is at most " + document + " characters";
        }
        if (m.startsWith("Document nesting depth") || m.contains("nesting")) {
            return "nested too deeply: at most " + depth + " levels";
        }
        if (m.startsWith("String value length") || m.startsWith("Name length")) {
            return "a string is longer than " + string + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "a number is longer than " + number + " digits";
        }
        return "over a read limit";
    }

    /**
     * The parser's reason without the input it quotes: Jackson puts the offending token in single quotes
     * ("Unrecognized token 'Jane'") or brackets. A duplicated field's name is dropped too: in a malformed document
     * it can be a piece of a label; the line and column say where it is.
     */
    static String parseReason(String message) {
        String line = firstLine(message);
        int cut = line.indexOf('(');
        String reason = (cut < 0 ? line : line.substring(0, cut)).trim();
        if (reason.startsWith("Duplicate field '") && reason.endsWith("'")) {
            return "duplicate field";
        }
        int quote = reason.indexOf('\'');
        reason = (quote < 0 ? reason : reason.substring(0, quote)).trim();
        if (reason.endsWith(":")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return reason.isEmpty() ? "unexpected input" : reason;
    }
}
