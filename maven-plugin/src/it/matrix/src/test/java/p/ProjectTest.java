package p;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The project's own test: run with every configuration, with the goal's system properties. */
class ProjectTest {
    @Test
    void seesTheProperty() {
        assertEquals("on", System.getProperty("matrix.it"));
    }
}
