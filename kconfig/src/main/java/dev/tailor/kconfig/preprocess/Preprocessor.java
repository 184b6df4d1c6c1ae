package dev.tailor.kconfig.preprocess;

import dev.tailor.kconfig.KconfigException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Kconfig macro language of Linux 6.18 ({@code scripts/kconfig/preprocess.c}): variables defined
 * with {@code =}, {@code :=} and {@code +=}, references {@code $(name)} and calls
 * {@code $(name,arg,...)} of user-defined and built-in functions, falling back to environment variables.
 *
 * <p>The lexer defines variables as it reads assignments, keeps the current location up to date with
 * {@link #setLocation} and has {@code $(...)} expanded through {@link #expandToken}, {@link #expandDollar}
 * and {@link #expandString}. Errors are {@link KconfigException}s located at the current file and line,
 * with the C tool's texts. An instance is not thread-safe.
 */
public final class Preprocessor {
    /** A reference holds at most this many comma-separated parts: the name and 15 arguments. */
    private static final int MAX_PARTS = 16;
    /** A variable already being expanded this many times may not be expanded again. */
    private static final int MAX_NESTED_EXPANSIONS = 1000;
    /**
     * The longest text an expansion or a variable may hold. Linux sets no limit, so that a macro that
     * doubles itself (f = $(1)$(1), nested) exhausts the memory; real trees stay far below.
     */
    static final int MAX_EXPANSION_CHARS = 1 << 20;
    private static final String[] NO_ARGS = {};

    private final Function<String, String> environment;
    private final ShellRunner shell;
    private final Diagnostics diagnostics;
    private final Map<String, Variable> variables = new HashMap<>();
    private final Map<String, String> environmentUsed = new LinkedHashMap<>();
    private String file;
    private int line;

    /**
     * @param environment the value of an environment variable, or null when it is not set
     * @param shell runs the commands of {@code $(shell,...)}
     * @param diagnostics receives the output of {@code $(info,...)} and {@code $(warning-if,...)}
     */
    public Preprocessor(Function<String, String> environment, ShellRunner shell, Diagnostics diagnostics) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** Like the main constructor, with the environment given as a map of the variables that are set. */
    public Preprocessor(Map<String, String> environment, ShellRunner shell, Diagnostics diagnostics) {
        this(Map.copyOf(environment)::get, shell, diagnostics);
    }

    /** Sets the file and line that {@code $(filename)}, {@code $(lineno)}, warnings and errors report. */
    public void setLocation(String file, int line) {
        this.file = file;
        this.line = line;
    }

    /** The current file, as last given to {@link #setLocation}; null before that. */
    public String file() {
        return file;
    }

    /** The current line, as last given to {@link #setLocation}; 0 before that. */
    public int line() {
        return line;
    }

    /**
     * Defines or changes a variable, as an assignment line {@code name = value}, {@code name := value} or
     * {@code name += value} does. {@code +=} keeps the flavor of an existing variable, appending a space
     * and the value (expanded first if the variable is simple); on an undefined variable it defines a
     * recursive one.
     */
    public void define(String name, Flavor flavor, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Variable v = variables.get(name);
        boolean append = false;
        if (v != null) {
            if (flavor == Flavor.APPEND) {
                flavor = v.flavor;
                append = true;
            }
        } else {
            if (flavor == Flavor.APPEND) {
                flavor = Flavor.RECURSIVE;
            }
            // Registered before a simple value is expanded, so the value sees the variable (as empty).
            v = new Variable("");
            variables.put(name, v);
        }
        v.flavor = flavor;
        String newValue = flavor == Flavor.SIMPLE ? expandString(value) : value;
        if (append) checkSize(v.value.length() + 1L + newValue.length());
        v.value = append ? v.value + " " + newValue : newValue;
    }

    /** Expands every {@code $(...)} in {@code text}. */
    public String expandString(String text) {
        return expand(text, 0, false, NO_ARGS).value();
    }

    /**
     * Expands the token at the start of {@code text}, typically the rest of a line: characters are
     * taken up to the first one outside any {@code $(...)} that is not an ASCII letter, digit,
     * {@code _} or {@code -}, or the end of the text. For {@code "$(FOO)bar baz"} it consumes
     * {@code "$(FOO)bar"}.
     */
    public Expansion expandToken(String text) {
        return expand(text, 0, true, NO_ARGS);
    }

    /**
     * Expands one reference whose {@code $} has already been read: {@code text} starts right after the
     * {@code $}. If it does not start with {@code (}, the {@code $} stands for itself: the result is
     * {@code "$"} and nothing is consumed. Otherwise the reference runs to the matching {@code )}, which
     * is the last character consumed.
     */
    public Expansion expandDollar(String text) {
        return expandDollar(text, 0, NO_ARGS);
    }

    /**
     * The environment variables that expansions have read so far, with the values read, in the order
     * they were first read. Variables that were looked up but are not set are not included.
     */
    public Map<String, String> environmentUsed() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(environmentUsed));
    }

    // ---- expansion ---------------------------------------------------------------------------------

    /** Copies {@code in} from {@code start}, expanding references, until the end (or a token's end). */
    private Expansion expand(String in, int start, boolean token, String[] args) {
        StringBuilder out = new StringBuilder();
        int copied = start;
        int p = start;
        while (true) {
            char c = at(in, p);
            if (c == '$') {
                out.append(in, copied, p);
                Expansion ref = expandDollar(in, p + 1, args);
                checkSize((long) out.length() + ref.value().length());
                out.append(ref.value());
                p += 1 + ref.consumed();
                copied = p;
                continue;
            }
            if (c == 0 || token && !isTokenChar(c)) {
                break;
            }
            p++;
        }
        out.append(in, copied, p);
        return new Expansion(out.toString(), p - start);
    }

    private void checkSize(long chars) {
        if (chars > MAX_EXPANSION_CHARS) {
            throw error("macro expansion longer than " + MAX_EXPANSION_CHARS + " characters");
        }
    }

    private Expansion expandDollar(String in, int start, String[] args) {
        if (at(in, start) != '(') {
            return new Expansion("$", 0);
        }
        int open = start + 1;
        int q = open;
        int nest = 0;
        for (char c; (c = at(in, q)) != 0; q++) {
            if (c == '(') {
                nest++;
            } else if (c == ')' && nest-- == 0) {
                break;
            }
        }
        if (at(in, q) == 0) {
            throw error("unterminated reference to '" + in.substring(open, q) + "': missing ')'");
        }
        return new Expansion(evalClause(in.substring(open, q), args), q + 1 - start);
    }

    /** Evaluates the inside of {@code $(...)}; {@code args} are those of the enclosing function call. */
    private String evalClause(String clause, String[] args) {
        int n = argumentNumber(clause);
        if (n > 0 && n <= args.length) {
            return args[n - 1];
        }
        List<String> parts = splitParts(clause);
        String name = expand(parts.get(0), 0, false, args).value();
        String[] callArgs = new String[parts.size() - 1];
        for (int i = 0; i < callArgs.length; i++) {
            callArgs[i] = expand(parts.get(i + 1), 0, false, args).value();
        }
        // Variables shadow built-ins, and only a plain reference can fall back to the environment.
        Variable v = variables.get(name);
        if (v != null) {
            return expandVariable(name, v, callArgs);
        }
        Builtin builtin = Builtin.named(name);
        if (builtin != null) {
            return builtin.invoke(this, callArgs);
        }
        if (callArgs.length == 0) {
            String value = environmentValue(name);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    /** Splits a clause at the commas outside parentheses, before anything in it is expanded. */
    private List<String> splitParts(String clause) {
        List<String> parts = new ArrayList<>();
        int nest = 0;
        int from = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (nest == 0 && c == ',') {
                addPart(parts, clause.substring(from, i));
                from = i + 1;
            } else if (c == '(') {
                nest++;
            } else if (c == ')') {
                nest--;
            }
        }
        addPart(parts, clause.substring(from));
        return parts;
    }

    private void addPart(List<String> parts, String part) {
        if (parts.size() >= MAX_PARTS) {
            throw error("too many function arguments");
        }
        parts.add(part);
    }

    private String expandVariable(String name, Variable v, String[] args) {
        // A function may call itself (with arguments), a plain variable may not.
        if (args.length == 0 && v.expanding > 0) {
            throw error("Recursive variable '" + name + "' references itself (eventually)");
        }
        if (v.expanding > MAX_NESTED_EXPANSIONS) {
            throw error("Too deep recursive expansion");
        }
        v.expanding++;
        try {
            return v.flavor == Flavor.RECURSIVE ? expand(v.value, 0, false, args).value() : v.value;
        } finally {
            v.expanding--;
        }
    }

    private String environmentValue(String name) {
        if (name.isEmpty()) {
            return null;
        }
        String seen = environmentUsed.get(name);
        if (seen != null) {
            return seen;
        }
        String value = environment.apply(name);
        if (value != null) {
            environmentUsed.put(name, value);
        }
        return value;
    }

    /**
     * The n of a {@code $(n)} argument reference, read as C's {@code strtoul(s, &end, 10)} with the whole
     * string used up; 0 if the clause is not such a number (so it is not an argument reference).
     */
    static int argumentNumber(String clause) {
        int i = 0;
        while (i < clause.length() && isCSpace(clause.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < clause.length() && (clause.charAt(i) == '+' || clause.charAt(i) == '-')) {
            negative = clause.charAt(i) == '-';
            i++;
        }
        int digits = i;
        long value = 0;
        while (i < clause.length() && clause.charAt(i) >= '0' && clause.charAt(i) <= '9') {
            value = Math.min(value * 10 + (clause.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == digits || i != clause.length()) {
            return 0;
        }
        // strtoul negates "-n" modulo 2^64: never a small positive number.
        return negative ? 0 : (int) value;
    }

    // ---- services for the built-ins ----------------------------------------------------------------

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** An error at the current location. */
    KconfigException error(String reason) {
        return new KconfigException(file, line, reason);
    }

    /** Runs a {@code $(shell,...)} command, giving runner failures the current location. */
    String runShell(String command) {
        try {
            return shell.run(command);
        } catch (UncheckedIOException e) {
            throw error(e.getMessage());
        } catch (KconfigException e) {
            throw e.file() == null ? error(e.reason()) : e;
        }
    }

    // ---- characters --------------------------------------------------------------------------------

    /** The character at {@code i}, or NUL past the end: the expansion stops at NUL as C strings do. */
    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    /** Characters that continue a token: C's isalnum() in the C locale, '_' and '-'. */
    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A macro variable or user-defined function. */
    private static final class Variable {
        Flavor flavor = Flavor.RECURSIVE;
        String value;
        /** How many expansions of this variable are in progress. */
        int expanding;

        Variable(String value) {
            this.value = value;
        }
    }
}
