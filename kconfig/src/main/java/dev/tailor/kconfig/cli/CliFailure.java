package dev.tailor.kconfig.cli;

/**
 * Ends a command with exit status 1 and one message on standard error (none if the message is null, when
 * the reason was already printed).
 */
final class CliFailure extends RuntimeException {
    CliFailure(String message) {
        super(message, null, false, false);
    }
}
