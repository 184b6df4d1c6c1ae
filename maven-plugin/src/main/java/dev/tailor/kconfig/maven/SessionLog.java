package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.FileErrors;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.Message;
import dev.tailor.kconfig.session.SessionOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * A configuration session's messages in Maven's log, as {@code kconfig COMMAND} would show them: what it
 * prints on standard output at info level as it comes; what it prints on standard error (warnings, unmet
 * dependencies) kept, and logged at warning level when the goal ends, or put before the reason in the
 * failure when it fails. File names become absolute paths, so that IDEs and terminals link them.
 */
final class SessionLog implements Consumer<Message> {
    private final Log log;
    private final KconfigTree tree;
    /** Standard error's text so far. */
    private final StringBuilder errors = new StringBuilder();

    SessionLog(Log log, KconfigTree tree) {
        this.log = log;
        this.tree = tree;
    }

    /** The goal's work in a configuration session. */
    interface Work<T> {
        T run(ConfigSession session) throws Exception;
    }

    /**
     * Runs {@code work} in a session of {@code options} that tells this log (on a {@link BigStack}), then logs
     * the warnings; an error of the engine or of a file fails the build, after what the session said.
     */
    <T> T run(SessionOptions options, Work<T> work) throws MojoExecutionException, MojoFailureException {
        T result = BigStack.call(() -> {
            try (ConfigSession session = new ConfigSession(options, this)) {
                return work.run(session);
            } catch (KconfigException e) {
                throw failure(e);
            } catch (IOException e) {
                throw failure(e);
            } catch (UncheckedIOException e) {
                throw failure(e.getCause());
            }
        });
        flushWarnings();
        return result;
    }

    /** The tree whose files the messages name. */
    KconfigTree tree() {
        return tree;
    }

    @Override
    public void accept(Message m) {
        if (m.isOutput()) {
            for (String line : m.text().split("\n")) {
                if (!line.isBlank()) log.info(line);
            }
        } else if (m.kind() == Message.Kind.DEPENDENCY) {
            errors.append(m.text());
        } else {
            errors.append(m.format(m.file() == null ? null : absolute(m.file()))).append('\n');
        }
    }

    /** Logs what was said on standard error so far, a warning per line. */
    void flushWarnings() {
        for (String line : errors.toString().split("\n")) {
            if (!line.isBlank()) log.warn(line);
        }
        errors.setLength(0);
    }

    /** The build failure for an error of the session: what it said on standard error, then the error. */
    MojoFailureException failure(KconfigException e) {
        StringBuilder text = new StringBuilder(errors).append(located(e)).append('\n');
        for (Throwable more : e.getSuppressed()) {
            text.append(more instanceof KconfigException k ? located(k) : more.getMessage()).append('\n');
        }
        return new MojoFailureException(text.toString().strip(), e);
    }

    MojoFailureException failure(IOException e) {
        return new MojoFailureException((errors + "kconfig: " + FileErrors.describe(e)).strip(), e);
    }

    /** The error's message, its leading {@code file:line:} with the file as an absolute path. */
    private String located(KconfigException e) {
        String message = e.getMessage();
        if (e.file() == null || e.line() <= 0 || !message.startsWith(e.file() + ":" + e.line() + ":")) return message;
        return absolute(e.file()) + message.substring(e.file().length());
    }

    /** A file as the engine names it, as an absolute path if it is a file of the tree. */
    private String absolute(String file) {
        Path path = tree.resolve(file);
        return Files.isRegularFile(path) ? path.toString() : file;
    }
}
