package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** The engine's warnings and messages in Maven's log, in Linux's formats; warnings are counted. */
final class LogDiagnostics implements Diagnostics {
    private final Log log;
    private final List<String> warnings = new ArrayList<>();

    LogDiagnostics(Log log) {
        this.log = log;
    }

    @Override
    public void warning(String file, int line, String message) {
        String text = file + ":" + line + ":warning: " + message;
        warnings.add(text);
        log.warn(text);
    }

    @Override
    public void dependencyWarning(String text) {
        String report = text.stripTrailing();
        warnings.add(report);
        for (String line : report.split("\n")) {
            if (!line.isEmpty()) log.warn(line);
        }
    }

    @Override
    public void info(String text) {
        log.info(text);
    }

    @Override
    public void message(String text) {
        log.info(text);
    }

    /** The warnings and unmet-dependency reports so far, as printed. */
    List<String> warnings() {
        return warnings;
    }
}
