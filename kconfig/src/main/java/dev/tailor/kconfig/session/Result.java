package dev.tailor.kconfig.session;

import java.nio.file.Path;
import java.util.List;

/**
 * What an operation of a session did.
 *
 * @param written the files it wrote, in order (a configuration file that already had the contents is not one)
 * @param messages everything the session said, in order
 */
public record Result(List<Path> written, List<Message> messages) {
    public Result {
        written = List.copyOf(written);
        messages = List.copyOf(messages);
    }
}
