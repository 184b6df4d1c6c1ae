package dev.tailor.kconfig.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
    @TempDir
    Path dir;

    private Renderer renderer(String template) throws Exception {
        Files.writeString(dir.resolve("t.vm"), template);
        Files.writeString(dir.resolve(Renderer.MACROS), "#macro(known $x)[$x]#end\n");
        return new Renderer(null, List.of(dir), dir, "UTF-8");
    }

    @Test
    void knownMacroRendersAndAHashWithoutParenthesesIsText() throws Exception {
        assertEquals("a [1] b {@link #field}\n", renderer("a #known(1) b {@link #field}\n").render("t.vm", Map.of()));
    }

    @Test
    void undefinedMacroIsAnErrorAtItsLine() throws Exception {
        for (String call : new String[] {"#nosuch()", "#nosuch(1)", "#nosuch( $x )"}) {
            GenerateException e = assertThrows(GenerateException.class,
                    () -> renderer("line one\n  " + call + "\n").render("t.vm", Map.of("x", 1)), call);
            assertTrue(e.getMessage().contains("t.vm:2:"), e.getMessage());
            assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
        }
    }

    /** Each error says where once, in the prefix, and names no Java class. */
    @Test
    void errorsAreLocatedOnceWithoutJavaClassNames() throws Exception {
        Map<String, Object> values = Map.of("config", new Object());
        String[][] cases = {
            {"$nosuch\n", "t.vm:1:1: Variable $nosuch has not been set"},
            {"x\n  $config.nosuch()\n", "t.vm:2:11: $config does not contain method nosuch()"},
            {"#if(\n", "t.vm:2:1: Encountered the end of the file"},
        };
        for (String[] c : cases) {
            String message = assertThrows(GenerateException.class, () -> renderer(c[0]).render("t.vm", values))
                    .getMessage();
            assertTrue(message.contains(c[1]), message);
            assertTrue(!message.contains("[line ") && !message.contains("java.") && !message.contains("\\u001c"), message);
        }
    }
}
