package dev.tailor.kconfig.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log, held back while a full-screen UI owns the terminal (the engine's warnings would scribble over
 * it): what is logged meanwhile is kept, and logged in order when it is released.
 */
final class HeldLog implements Log {
    private final Log log;
    private List<Consumer<Log>> held;

    HeldLog(Log log) {
        this.log = log;
    }

    synchronized void hold() {
        if (held == null) held = new ArrayList<>();
    }

    synchronized void release() {
        if (held == null) return;
        List<Consumer<Log>> lines = held;
        held = null;
        for (Consumer<Log> line : lines) line.accept(log);
    }

    private synchronized void emit(Consumer<Log> line) {
        if (held != null) held.add(line);
        else line.accept(log);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        emit(l -> l.debug(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        emit(l -> l.debug(content, error));
    }

    @Override
    public void debug(Throwable error) {
        emit(l -> l.debug(error));
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        emit(l -> l.info(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        emit(l -> l.info(content, error));
    }

    @Override
    public void info(Throwable error) {
        emit(l -> l.info(error));
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        emit(l -> l.warn(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        emit(l -> l.warn(content, error));
    }

    @Override
    public void warn(Throwable error) {
        emit(l -> l.warn(error));
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        emit(l -> l.error(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        emit(l -> l.error(content, error));
    }

    @Override
    public void error(Throwable error) {
        emit(l -> l.error(error));
    }
}
