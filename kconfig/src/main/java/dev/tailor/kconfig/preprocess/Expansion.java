package dev.tailor.kconfig.preprocess;

/**
 * The result of expanding a prefix of some text.
 *
 * @param value the expanded text
 * @param consumed how many characters of the input the expansion used up
 */
public record Expansion(String value, int consumed) {
}
