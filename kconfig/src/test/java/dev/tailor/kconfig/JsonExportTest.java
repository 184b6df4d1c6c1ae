package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExportTest {
    @TempDir
    Path tmp;

    private Kconfig kconfig;

    /** A tree with text beyond ASCII: its files are UTF-8, as Linux trees are. */
    @BeforeEach
    void load() {
        TestTrees t = new TestTrees(tmp);
        kconfig = t.load("""
                mainmenu "JSON test"
                config MODULES
                \tbool "Modules"
                \tdefault y
                \tmodules
                menu "Numbers"
                config COUNT
                \tint "Count"
                \trange 1 10
                \tdefault 4
                config BASE
                \thex "Base"
                \tdefault 0xffffffffffffffff
                endmenu
                menu "Numbers"
                comment "Nothing here"
                endmenu
                config DRIVER
                \ttristate "Driver"
                \tdefault m
                menuconfig NET
                \tbool "Net"
                if NET
                config NET_NAME
                \tstring "Caf\u00e9 name"
                \tdefault "caf\u00e9"
                \thelp
                \t  The name.
                endif
                choice
                \tprompt "Mode"
                config FAST
                \tbool "Fast"
                config SAFE
                \tbool "Safe"
                endchoice
                """);
        t.readConfig(kconfig, "CONFIG_NET=y\nCONFIG_SAFE=y\n");
    }

    @Test
    void valuesByTypeInConfigOrder() {
        JsonObject values = JsonParser.parseString(new JsonExport(kconfig).values()).getAsJsonObject();
        assertEquals(List.of("MODULES", "COUNT", "BASE", "DRIVER", "NET", "NET_NAME", "FAST", "SAFE"),
                List.copyOf(values.keySet()));
        assertTrue(values.get("MODULES").getAsBoolean());
        assertEquals(4, values.get("COUNT").getAsInt());
        assertEquals("18446744073709551615", values.get("BASE").getAsBigInteger().toString());
        assertEquals("m", values.get("DRIVER").getAsString());
        assertEquals("caf\u00e9", values.get("NET_NAME").getAsString());
        assertFalse(values.get("FAST").getAsBoolean());
        assertTrue(values.get("SAFE").getAsBoolean());
    }

    @Test
    void aTristateIsABoolWhileModulesAreOff() {
        kconfig.symbol("MODULES").setValue("n");
        JsonObject values = JsonParser.parseString(new JsonExport(kconfig).values()).getAsJsonObject();
        assertTrue(values.get("DRIVER").getAsBoolean());
    }

    private static JsonObject entry(JsonArray entries, String id) {
        for (var e : entries) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("id").getAsString().equals(id)) return o;
        }
        throw new AssertionError("no entry " + id + " in " + entries);
    }

    @Test
    void theMenuTree() {
        JsonArray top = JsonParser.parseString(new JsonExport(kconfig).menus()).getAsJsonArray();
        List<String> ids = new ArrayList<>();
        top.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        assertEquals(List.of("MODULES", "numbers", "numbers-2", "DRIVER", "NET", "mode"), ids);

        JsonObject numbers = entry(top, "numbers");
        assertEquals("menu", numbers.get("type").getAsString());
        assertTrue(numbers.get("name").isJsonNull());
        JsonObject count = entry(numbers.getAsJsonArray("children"), "COUNT");
        assertEquals("int", count.get("type").getAsString());
        assertEquals("[1,10]", count.get("range").toString());
        assertEquals(7, count.get("line").getAsInt());
        assertEquals("Kconfig", count.get("file").getAsString());
        assertTrue(entry(numbers.getAsJsonArray("children"), "BASE").get("range").isJsonNull());
        assertEquals("comment", entry(entry(top, "numbers-2").getAsJsonArray("children"), "numbers-nothing-here")
                .get("type").getAsString());

        JsonObject net = entry(top, "NET");
        assertEquals("menu", net.get("type").getAsString());
        assertTrue(net.get("is_menuconfig").getAsBoolean());
        JsonObject name = entry(net.getAsJsonArray("children"), "NET_NAME");
        assertEquals("string", name.get("type").getAsString());
        assertEquals("Caf\u00e9 name", name.get("title").getAsString());
        assertEquals("The name.", name.get("help").getAsString());
        assertEquals("NET", name.get("depends_on").getAsString());
        assertTrue(name.get("visible").getAsBoolean());

        JsonObject mode = entry(top, "mode");
        assertEquals("choice", mode.get("type").getAsString());
        assertEquals(2, mode.getAsJsonArray("children").size());
        assertTrue(entry(top, "DRIVER").get("depends_on").isJsonNull());
    }
}
