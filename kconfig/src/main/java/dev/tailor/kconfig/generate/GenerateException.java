package dev.tailor.kconfig.generate;

/**
 * Generation failed: a template error, a Makefile.uk line that is no source selection, two templates for
 * one output. The message is the text for the user, located at {@code file:line} (and column) when there
 * is a place to point to.
 */
public final class GenerateException extends Exception {
    public GenerateException(String message) {
        super(message);
    }

    public GenerateException(String message, Throwable cause) {
        super(message, cause);
    }
}
