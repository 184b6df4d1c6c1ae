package dev.tailor.kconfig.preprocess;

/** The assignment operator of a macro variable definition. */
public enum Flavor {
    /** {@code NAME = value}: stored as written, expanded each time it is used. */
    RECURSIVE,
    /** {@code NAME := value}: expanded once, when defined. */
    SIMPLE,
    /** {@code NAME += value}: appended with a space, keeping the flavor of an existing variable. */
    APPEND
}
