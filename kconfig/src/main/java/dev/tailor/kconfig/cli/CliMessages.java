package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.session.Message;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A session's messages as the command line shows them, in Linux's formats: conf's notes and the modes'
 * output on standard output, diagnostics on standard error. The {@code check} command collects warnings as
 * findings instead of printing them.
 */
final class CliMessages implements Consumer<Message> {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean collect;
    private final List<Message> warnings = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean bufferMessages;
    private boolean showDependencyWarnings = true;

    /**
     * @param out standard output
     * @param err standard error
     * @param collect keep warnings (for {@link #warnings()}) instead of printing them, and treat $(info,...)
     *     lines as messages (standard output is reserved for the findings)
     */
    CliMessages(PrintStream out, PrintStream err, boolean collect) {
        this.out = out;
        this.err = err;
        this.collect = collect;
    }

    /** Keeps messages back until {@link #flushMessages} (the check command decides later where they go). */
    void bufferMessages(boolean on) {
        bufferMessages = on;
    }

    /** Whether Linux's "unmet direct dependencies" reports are printed. */
    void showDependencyWarnings(boolean on) {
        showDependencyWarnings = on;
    }

    @Override
    public void accept(Message m) {
        switch (m.kind()) {
            case NOTE -> out.print("#\n# " + m.text() + "\n#\n");
            case OUTPUT -> out.print(m.text() + "\n");
            case INFO -> {
                if (collect) message(m.text());
                else out.println(m.text());
            }
            case WARNING -> {
                if (collect) warnings.add(m);
                else err.println(m.format());
            }
            case DEPENDENCY -> {
                if (showDependencyWarnings) err.print(m.text());
            }
            case MESSAGE -> message(m.format());
        }
    }

    private void message(String text) {
        messages.add(text);
        if (!bufferMessages) err.println(text);
    }

    /** Every message so far, printed or buffered. */
    List<String> messages() {
        return messages;
    }

    /** Prints the buffered messages from {@code from} (inclusive) to {@code to} (exclusive). */
    void flushMessages(int from, int to) {
        for (int i = from; i < to; i++) err.println(messages.get(i));
    }

    /** The warnings collected. */
    List<Message> warnings() {
        return warnings;
    }
}
