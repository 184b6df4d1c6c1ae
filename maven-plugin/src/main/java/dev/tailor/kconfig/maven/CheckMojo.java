package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.Lint;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lint the Kconfig tree (kconfig check): syntax errors and dependency loops fail the build; symbols
 * referenced but never defined, selects that force a symbol whose dependencies are unmet in the current
 * configuration (.config if it exists, else the defaults) and warnings reading the files are logged as
 * warnings, each as {@code file:line: warning: ...}.
 */
@Mojo(name = "check", threadSafe = true)
public final class CheckMojo extends AbstractConfigMojo {
    /** Whether warnings fail the build too. */
    @Parameter(property = "kconfig.strict", defaultValue = "false")
    boolean strict;

    @Override
    void run(ConfigSession session) throws IOException, MojoFailureException {
        session.load();
        session.readExisting();
        Lint lint = new Lint(session.kconfig());
        List<Lint.Finding> findings = new ArrayList<>(lint.undefinedSymbols());
        findings.addAll(lint.unmetSelects());
        // The warnings of reading the files first, then the findings.
        sessionLog.flushWarnings();
        KconfigTree tree = sessionLog.tree();
        for (Lint.Finding f : findings) {
            getLog().warn(tree.resolve(f.file()) + ":" + f.line() + ": warning: " + f.message());
        }
        long engineWarnings = session.result().messages().stream()
                .filter(m -> m.kind() == Message.Kind.WARNING || m.kind() == Message.Kind.DEPENDENCY).count();
        long warnings = findings.size() + engineWarnings;
        String summary = "check: 0 errors, " + warnings + (warnings == 1 ? " warning" : " warnings");
        if (strict && warnings > 0) throw new MojoFailureException(summary + " (kconfig.strict)");
        getLog().info(summary);
    }
}
