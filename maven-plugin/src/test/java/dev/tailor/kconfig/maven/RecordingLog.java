package dev.tailor.kconfig.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A mojo log that keeps what a goal says at info and warning level, for the tests to look at. */
final class RecordingLog extends SystemStreamLog {
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        infos.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
        warnings.add(content.toString());
    }
}
