package dev.tailor.kconfig.session;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.session.Message.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The engine's diagnostics as a session's messages: each one kept, and passed on as it comes. */
final class MessageLog implements Diagnostics {
    private final Consumer<Message> listener;
    private final List<Message> messages = new ArrayList<>();
    private int dependencyWarnings;

    MessageLog(Consumer<Message> listener) {
        this.listener = listener;
    }

    void add(Message m) {
        messages.add(m);
        if (m.kind() == Kind.DEPENDENCY) dependencyWarnings++;
        listener.accept(m);
    }

    List<Message> messages() {
        return messages;
    }

    int dependencyWarnings() {
        return dependencyWarnings;
    }

    @Override
    public void warning(String file, int line, String message) {
        add(new Message(Kind.WARNING, file, line, message));
    }

    @Override
    public void dependencyWarning(String text) {
        add(Message.of(Kind.DEPENDENCY, text));
    }

    @Override
    public void info(String text) {
        add(Message.of(Kind.INFO, text));
    }

    @Override
    public void message(String text) {
        add(Message.of(Kind.MESSAGE, text));
    }

    @Override
    public void message(String file, int line, String text) {
        add(new Message(Kind.MESSAGE, file, line, text));
    }
}
