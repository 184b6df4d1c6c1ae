package dev.tailor.kconfig.sample;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a sample is drawn; the names are those of {@code kconfig sample --strategy}. */
public enum Strategy {
    /** A t-wise covering array. */
    TWISE("twise"),
    /** Distinct random valid configurations. */
    RANDOM("random"),
    /** The engine's allyesconfig. */
    ALLYES("allyes"),
    /** The engine's allnoconfig. */
    ALLNO("allno"),
    /** The engine's alldefconfig. */
    ALLDEF("alldef"),
    /** Per feature, that feature on and as few others as possible. */
    ONE_ENABLED("one-enabled"),
    /** Per feature, that feature off and as many others on as possible. */
    ONE_DISABLED("one-disabled");

    private final String cliName;

    Strategy(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The strategy of a CLI name, or null. */
    public static Strategy byName(String name) {
        for (Strategy s : values()) if (s.cliName.equals(name)) return s;
        return null;
    }

    /** The names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Strategy::cliName).collect(Collectors.joining(", "));
    }
}
