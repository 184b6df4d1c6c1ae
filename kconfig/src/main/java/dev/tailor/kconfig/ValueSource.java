package dev.tailor.kconfig;

/** What decided a symbol's current value; {@code kconfig info} reports it. */
public enum ValueSource {
    /** Nothing applied: the type's zero value (n, 0, 0x0 or ""). */
    NONE,
    /** The user value (from .config, a defconfig or a setter). */
    USER,
    /** The first default whose condition holds. */
    DEFAULT,
    /** A select forced it up. */
    SELECT,
    /** An imply raised it. */
    IMPLY,
    /** The choice block selected it. */
    CHOICE_SELECTION,
    /** It was clamped into its range. */
    RANGE
}
