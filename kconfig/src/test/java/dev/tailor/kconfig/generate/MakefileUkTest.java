package dev.tailor.kconfig.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.KconfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MakefileUkTest {
    @Test
    void readsTheLinesOfTheContract() {
        List<MakefileUk.Entry> entries = MakefileUk.parse("Makefile.uk", """
                # comment

                SRCS-$(CONFIG_LIBUKALLOCBBUDDY)      += templates/main/dev/tailor/ukalloc/bbuddy/BuddyAllocator.java.vm
                TEST_SRCS-$(CONFIG_LIBUKALLOCBBUDDY) += templates/test/dev/tailor/ukalloc/bbuddy/BuddyAllocatorTest.java.vm
                SRCS-y                               += templates/main/dev/tailor/ukalloc/Always.java.vm # trailing comment
                """);
        assertEquals(3, entries.size());
        MakefileUk.Entry buddy = entries.get(0);
        assertEquals(3, buddy.line());
        assertEquals(MakefileUk.Kind.MAIN, buddy.kind());
        assertEquals("LIBUKALLOCBBUDDY", buddy.symbol());
        assertEquals("dev/tailor/ukalloc/bbuddy/BuddyAllocator.java", buddy.output());
        MakefileUk.Entry test = entries.get(1);
        assertEquals(MakefileUk.Kind.TEST, test.kind());
        assertEquals("dev/tailor/ukalloc/bbuddy/BuddyAllocatorTest.java", test.output());
        MakefileUk.Entry always = entries.get(2);
        assertNull(always.symbol());
        assertTrue(always.always());
        assertEquals(5, always.line());
    }

    @Test
    void unikraftPrefixesContinuationsAndNeverLines() {
        List<MakefileUk.Entry> entries = MakefileUk.parse("Makefile.uk", """
                LIBUKALLOC_SRCS-$(CONFIG_LIBUKALLOC) += templates/main/a/A.java.vm \\
                        templates/main/a/B.java.vm
                LIBUKALLOC_TEST_SRCS-${CONFIG_X} += templates/test/a/ATest.java.vm
                SRCS-n += templates/main/a/Never.java.vm
                SRCS- += templates/main/a/Never2.java.vm
                """);
        assertEquals(List.of("a/A.java", "a/B.java", "a/ATest.java", "a/Never.java", "a/Never2.java"),
                entries.stream().map(MakefileUk.Entry::output).toList());
        assertEquals(List.of(1, 1, 3, 4, 5), entries.stream().map(MakefileUk.Entry::line).toList());
        assertEquals("LIBUKALLOC", entries.get(0).symbol());
        assertEquals(MakefileUk.Kind.TEST, entries.get(2).kind());
        assertEquals("X", entries.get(2).symbol());
        assertFalse(entries.get(3).always());
        assertFalse(entries.get(4).always());
    }

    @Test
    void anythingElseIsALocatedError() {
        KconfigException e = assertThrows(KconfigException.class,
                () -> MakefileUk.parse("m/Makefile.uk", "\nSRCS-y += templates/main/A.java.vm\nCFLAGS += -O2\n"));
        assertEquals("m/Makefile.uk", e.file());
        assertEquals(3, e.line());
        e = assertThrows(KconfigException.class,
                () -> MakefileUk.parse("Makefile.uk", "SRCS-y += templates/test/A.java.vm\n"));
        assertTrue(e.reason().contains("below templates/main/"), e.reason());
        e = assertThrows(KconfigException.class,
                () -> MakefileUk.parse("Makefile.uk", "TEST_SRCS-y += templates/test/A.java\n"));
        assertTrue(e.reason().contains("ends in .vm"), e.reason());
        e = assertThrows(KconfigException.class,
                () -> MakefileUk.parse("Makefile.uk", "SRCS-y += templates/main/../../A.java.vm\n"));
        assertTrue(e.reason().contains("plain path"), e.reason());
    }
}
