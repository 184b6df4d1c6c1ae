package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Lint;
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
public final class CheckMojo extends AbstractEngineMojo {
    /** Whether warnings fail the build too. */
    @Parameter(property = "kconfig.strict", defaultValue = "false")
    boolean strict;

    @Override
    void run(Kconfig kconfig, KconfigTree tree, LogDiagnostics diagnostics) throws Exception {
        readConfig(kconfig);
        Lint lint = new Lint(kconfig);
        List<Lint.Finding> findings = new ArrayList<>(lint.undefinedSymbols());
        findings.addAll(lint.unmetSelects());
        for (Lint.Finding f : findings) {
            getLog().warn(tree.resolve(f.file()) + ":" + f.line() + ": warning: " + f.message());
        }
        int warnings = findings.size() + diagnostics.warnings().size();
        String summary = "check: 0 errors, " + warnings + (warnings == 1 ? " warning" : " warnings");
        if (strict && warnings > 0) throw new MojoFailureException(summary + " (kconfig.strict)");
        getLog().info(summary);
    }
}
