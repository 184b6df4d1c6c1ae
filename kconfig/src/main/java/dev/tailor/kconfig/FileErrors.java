package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O error as every front end prints it: {@code file: reason}, the way C tools say it, no Java class names. */
public final class FileErrors {
    private FileErrors() {}

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) return n.getFile() + ": No such file or directory";
        if (e instanceof AccessDeniedException a) return a.getFile() + ": Permission denied";
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be read or written");
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
}
