package dev.tailor.kconfig.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that can be held back: while a full-screen UI owns the terminal, what is written (the
 * engine's warnings) is kept instead of scribbling over the screen, and written out when it is released.
 */
final class HeldOutput extends OutputStream {
    private final OutputStream target;
    private ByteArrayOutputStream held;

    HeldOutput(OutputStream target) {
        this.target = target;
    }

    /** Keeps everything written from now on. */
    synchronized void hold() {
        if (held == null) held = new ByteArrayOutputStream();
    }

    /** Writes out what was kept, and passes writes through again. */
    synchronized void release() throws IOException {
        if (held == null) return;
        held.writeTo(target);
        held = null;
        target.flush();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (held != null) held.write(b);
        else target.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (held != null) held.write(bytes, offset, length);
        else target.write(bytes, offset, length);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (held == null) target.flush();
    }
}
