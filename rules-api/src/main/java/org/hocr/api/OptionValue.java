package org.hocr.api;

/**
 * A rulebook option a decision depended on, with the value it had.
 *
 * @param name  the option's name in {@link RulebookOptions}
 * @param value its value
 */
public record OptionValue(String name, String value) {
}
