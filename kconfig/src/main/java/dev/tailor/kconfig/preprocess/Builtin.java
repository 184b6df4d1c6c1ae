package dev.tailor.kconfig.preprocess;

/** The built-in functions of the macro language, with the argument counts they accept. */
enum Builtin {
    ERROR_IF("error-if", 2, 2) {
        @Override
        String call(Preprocessor pp, String[] args) {
            if (args[0].equals("y")) {
                throw pp.error(args[1]);
            }
            return "";
        }
    },
    FILENAME("filename", 0, 0) {
        @Override
        String call(Preprocessor pp, String[] args) {
            return pp.file() == null ? "" : pp.file();
        }
    },
    INFO("info", 1, 1) {
        @Override
        String call(Preprocessor pp, String[] args) {
            pp.diagnostics().info(args[0]);
            return "";
        }
    },
    LINENO("lineno", 0, 0) {
        @Override
        String call(Preprocessor pp, String[] args) {
            return Integer.toString(pp.line());
        }
    },
    SHELL("shell", 1, 1) {
        @Override
        String call(Preprocessor pp, String[] args) {
            return ShellOutput.normalise(pp.runShell(args[0]));
        }
    },
    WARNING_IF("warning-if", 2, 2) {
        @Override
        String call(Preprocessor pp, String[] args) {
            if (args[0].equals("y")) {
                pp.diagnostics().warning(pp.file(), pp.line(), args[1]);
            }
            return "";
        }
    };

    private final String functionName;
    private final int minArgs;
    private final int maxArgs;

    Builtin(String functionName, int minArgs, int maxArgs) {
        this.functionName = functionName;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    /** The built-in called {@code name}, or null. */
    static Builtin named(String name) {
        for (Builtin b : values()) {
            if (b.functionName.equals(name)) {
                return b;
            }
        }
        return null;
    }

    /** Checks the argument count, then calls the function. */
    String invoke(Preprocessor pp, String[] args) {
        if (args.length < minArgs) {
            throw pp.error("too few function arguments passed to '" + functionName + "'");
        }
        if (args.length > maxArgs) {
            throw pp.error("too many function arguments passed to '" + functionName + "'");
        }
        return call(pp, args);
    }

    abstract String call(Preprocessor pp, String[] args);
}
