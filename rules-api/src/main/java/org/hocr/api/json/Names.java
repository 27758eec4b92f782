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

    static String parseReason(String message) {
        String line = firstLine(message);
        int cut = line.indexOf('(');
        return (cut < 0 ? line : line.substring(0, cut)).trim();
    }
}
