package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.cli.OldConfigDialog;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Where oldconfig's questions go: to the console Maven was started on, or, when there is none, nowhere:
 * each new symbol then takes its default, the questions and answers going to the log (as Linux's conf
 * does when its input is not a terminal and ends at once).
 */
final class ConsoleDialog {
    private ConsoleDialog() {}

    /** Whether questions can be asked: Maven is interactive and has a terminal. */
    static boolean available(boolean interactiveMode) {
        return interactiveMode && System.console() != null && System.console().isTerminal();
    }

    /** The dialog for the session: on the console when there is one, else answered with defaults into the log. */
    static Consumer<Kconfig> of(boolean interactiveMode, String prefix, Log log) {
        return available(interactiveMode) ? kconfig -> ask(kconfig, prefix) : kconfig -> answerDefaults(kconfig, prefix, log);
    }

    /** Asks about every new symbol on the console. */
    private static void ask(Kconfig kconfig, String prefix) {
        // The console gets the bytes the files had.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, ByteText.CHARSET);
        new OldConfigDialog(kconfig, prefix, System.in, out, out, true).run();
        out.flush();
    }

    /** Gives every new symbol its default, logging the dialog. */
    private static void answerDefaults(Kconfig kconfig, String prefix, Log log) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, ByteText.CHARSET);
        new OldConfigDialog(kconfig, prefix, InputStream.nullInputStream(), out, out, false).run();
        for (String line : ByteText.decode(bytes.toByteArray()).split("\n")) {
            if (!line.isBlank()) log.info(line);
        }
    }
}
