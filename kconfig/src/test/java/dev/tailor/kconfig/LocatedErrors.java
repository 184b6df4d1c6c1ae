package dev.tailor.kconfig;

/** The test of an error message the user can act on: it says where the problem is. */
final class LocatedErrors {
    private LocatedErrors() {}

    /**
     * What is wrong with the error's location, or null: it must name a file and a line, and its message
     * must start with "file:line: ", except for the reports Linux prints without that prefix (recursive
     * inclusion, dependency loops), which name their places in the text.
     */
    static String problem(KconfigException e) {
        if (e.getMessage() == null || e.reason() == null) return "no message";
        if (e.file() == null) return "no file in \"" + e.getMessage() + "\"";
        if (e.line() <= 0) return "no line in \"" + e.getMessage() + "\"";
        boolean report = e.getMessage().startsWith("Recursive inclusion detected.\n")
                || e.getMessage().startsWith("error: recursive dependency detected!\n");
        if (!report && !e.getMessage().startsWith(e.file() + ":" + e.line() + ": ")) {
            return "message not located: " + e.getMessage();
        }
        return null;
    }
}
