package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.Lint;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.Message;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kconfig check}: lints the tree, one {@code file:line: ...} finding per line on standard output. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Lint the Kconfig tree. Findings go to standard output, one per line as FILE:LINE: warning|error: "
                    + "..., a summary to standard error.",
            "Warnings: symbols referenced but never defined; selects that force a symbol whose direct "
                    + "dependencies are unmet in the current configuration (the configuration file if it "
                    + "exists, else the defaults); values of the configuration file outside their range "
                    + "(Linux uses the nearest bound silently); Kconfig and configuration-file warnings.",
            "Errors: syntax errors and dependency loops.",
            "Exit status 1 if there are errors, or warnings with --strict; else 0."
        })
final class CheckCommand extends TreeFileCommand {
    @Option(names = "--strict", description = "Warnings count as errors for the exit status.")
    boolean strict;

    @Override
    CliMessages newMessages() {
        // Standard output carries the findings only.
        CliMessages d = new CliMessages(context().out(), context().err(), true);
        d.bufferMessages(true);
        d.showDependencyWarnings(false);
        return d;
    }

    @Override
    int run(ConfigSession session) throws IOException {
        CliMessages diagnostics = messages;
        PrintStream out = context().out();
        List<String> errors = new ArrayList<>();
        Kconfig kconfig;
        try {
            kconfig = session.load();
        } catch (KconfigException e) {
            // The first error is thrown; the others ride along as suppressed exceptions.
            diagnostics.flushMessages(0, diagnostics.messages().size());
            // A finding names its place even where Linux's report does not.
            errors.add(e.locatedReason());
            for (Throwable more : e.getSuppressed()) {
                errors.add(more instanceof KconfigException k ? k.locatedReason() : more.getMessage());
            }
            for (Message w : diagnostics.warnings()) out.print(finding(w) + "\n");
            for (String error : errors) out.print(asError(error) + "\n");
            return summary(errors.size(), diagnostics.warnings().size());
        }
        diagnostics.flushMessages(0, diagnostics.messages().size());
        diagnostics.bufferMessages(false);
        session.readExisting();

        List<String> warnings = new ArrayList<>();
        for (Message w : diagnostics.warnings()) warnings.add(finding(w));
        Lint lint = new Lint(kconfig);
        for (Lint.Finding f : lint.undefinedSymbols()) warnings.add(f.format());
        for (Lint.Finding f : lint.unmetSelects()) warnings.add(f.format());
        for (Lint.Finding f : lint.clampedValues()) warnings.add(f.format());
        for (String w : warnings) out.print(w + "\n");
        return summary(0, warnings.size());
    }

    /** A warning of the engine as a finding: {@code file:line: warning: ...}. */
    private static String finding(Message w) {
        return w.file() + ":" + w.line() + ": warning: " + w.text();
    }

    /** An engine error message as a finding: {@code file:line: error: ...}. */
    private static String asError(String message) {
        if (message.contains(": error: ") || message.startsWith("error: ")) return message;
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches(".+:\\d+")) {
            return message.substring(0, colon) + ": error: " + message.substring(colon + 2);
        }
        return "error: " + message;
    }

    private int summary(int errors, int warnings) {
        context().err().println("check: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }
}
