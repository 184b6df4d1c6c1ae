package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.Assignments.Assignment;
import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Set symbols in .config, in order, as a user would in a menu (kconfig setconfig): nothing is written if
 * an assignment is refused (unknown symbol, invalid or out-of-range value, not allowed by dependencies).
 */
@Mojo(name = "setconfig", threadSafe = true)
public final class SetConfigMojo extends AbstractConfigMojo {
    /**
     * The assignments, {@code SYM=VALUE} each (the CONFIG_ prefix optional; a string may be in double quotes).
     * On the command line, comma-separated: {@code -Dkconfig.set=A=y,B=42}; a value with a comma goes in
     * the POM's {@code <settings>} list.
     */
    @Parameter(property = "kconfig.set", required = true)
    List<String> settings;

    @Override
    void run(ConfigSession session) throws IOException, MojoFailureException {
        List<Assignment> assignments = new ArrayList<>();
        for (String setting : settings) {
            String assignment = setting.strip();
            int eq = assignment.indexOf('=');
            if (eq <= 0) throw new MojoFailureException("kconfig: not an assignment SYM=VALUE: '" + setting + "'");
            assignments.add(new Assignment(assignment.substring(0, eq), assignment.substring(eq + 1)));
        }
        new ConfModes(session).setconfig(assignments);
    }
}
