package dev.tailor.kconfig.preprocess;

import dev.tailor.kconfig.AtomicFiles;
import dev.tailor.kconfig.ByteText;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tailor.kconfig.KconfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ShellRunner} that replays recorded command outputs from a JSON file and records new ones.
 *
 * <p>The file is a JSON object mapping each command, exactly as passed to {@code /bin/sh -c}, to its
 * complete standard output, in the order the commands were first run. Commands found in it are not run
 * again; others go to the delegate runner and are added, and {@link #save()} writes the file back when
 * anything was added. Without a delegate the cache is replay-only and a miss is an error.
 *
 * <p>Keys are recorded as if {@code srctree} were {@code "."}: when the current srctree is something
 * else, each {@code <srctree>/} that starts a word of the command is looked up (and stored) as
 * {@code ./}, so one recording serves every checkout location.
 */
public final class ShellCache implements ShellRunner {
    // Characters after which a path starts a new shell word (or an option's value, as in -I=...).
    private static final String WORD_BREAKS = ";|&(){}<>\"'`=:,";

    private final Path file;
    private final String srctreePrefix;
    private final ShellRunner delegate;
    private final Map<String, String> entries = new LinkedHashMap<>();
    private boolean modified;

    /**
     * Loads the recordings in {@code file} (none if the file does not exist yet).
     *
     * @param srctree the srctree the commands are expanded with now; null or {@code "."} means no
     *     key normalisation
     * @param delegate runs commands that were not recorded; null makes the cache replay-only
     * @throws UncheckedIOException if the file exists but cannot be read
     * @throws KconfigException if the file is not a JSON object of strings
     */
    public ShellCache(Path file, String srctree, ShellRunner delegate) {
        this.file = Objects.requireNonNull(file, "file");
        this.srctreePrefix = prefixOf(srctree);
        this.delegate = delegate;
        load();
    }

    /** A cache that only replays {@code file}: a command it has no recording of is an error. */
    public static ShellCache replayOnly(Path file, String srctree) {
        return new ShellCache(file, srctree, null);
    }

    /**
     * Replays the recorded output of {@code command}, or runs it through the delegate and records it.
     *
     * @throws KconfigException (without a location) when replay-only and {@code command} is not recorded
     */
    @Override
    public synchronized String run(String command) {
        String key = key(command);
        String recorded = entries.get(key);
        if (recorded != null) {
            return recorded;
        }
        if (delegate == null) {
            throw new KconfigException("no recorded output for shell command '" + command + "' in " + file);
        }
        String output = delegate.run(command);
        entries.put(key, output);
        modified = true;
        return output;
    }

    /** The recorded output of {@code command} (after srctree normalisation), or null if there is none. */
    public synchronized String lookup(String command) {
        return entries.get(key(command));
    }

    /** The key {@code command} is recorded under: its text with {@code <srctree>/} at word starts as {@code ./}. */
    public String key(String command) {
        if (srctreePrefix == null || !command.contains(srctreePrefix)) {
            return command;
        }
        StringBuilder out = new StringBuilder(command.length());
        int from = 0;
        int at;
        while ((at = command.indexOf(srctreePrefix, from)) >= 0) {
            if (startsWord(command, at)) {
                out.append(command, from, at).append("./");
                from = at + srctreePrefix.length();
            } else {
                out.append(command, from, at + 1);
                from = at + 1;
            }
        }
        return out.append(command, from, command.length()).toString();
    }

    /** All recordings, keyed as stored, in file order followed by new ones. */
    public synchronized Map<String, String> entries() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Whether a command was recorded since loading or the last {@link #save()}. */
    public synchronized boolean isModified() {
        return modified;
    }

    /** The JSON file this cache reads and writes. */
    public Path file() {
        return file;
    }

    /**
     * Writes the recordings back to the file if any were added: to a temporary file in the same
     * directory first, then moved over the old one, so readers never see a partial file.
     */
    public synchronized void save() throws IOException {
        if (!modified) {
            return;
        }
        // Through ByteText: an output that is not UTF-8 keeps its bytes.
        AtomicFiles.write(file, ByteText.encode(gson().toJson(entries) + "\n"));
        modified = false;
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonElement root = JsonParser.parseString(ByteText.read(file));
            if (!root.isJsonObject()) {
                throw malformed("not a JSON object");
            }
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
                JsonElement value = e.getValue();
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                    throw malformed("the output of '" + e.getKey() + "' is not a string");
                }
                entries.put(e.getKey(), value.getAsString());
            }
        } catch (JsonParseException e) {
            throw malformed(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private KconfigException malformed(String why) {
        return new KconfigException(file.toString(), 0, "malformed shell cache: " + why);
    }

    private static Gson gson() {
        // One-space indent and no HTML escaping: the layout of the recorded corpus files.
        return new GsonBuilder()
                .setFormattingStyle(FormattingStyle.PRETTY.withIndent(" "))
                .disableHtmlEscaping()
                .create();
    }

    private static String prefixOf(String srctree) {
        if (srctree == null) {
            return null;
        }
        String s = srctree;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() || s.equals(".") ? null : s + "/";
    }

    private static boolean startsWord(String s, int at) {
        if (at == 0) {
            return true;
        }
        char before = s.charAt(at - 1);
        return Character.isWhitespace(before) || WORD_BREAKS.indexOf(before) >= 0;
    }
}
