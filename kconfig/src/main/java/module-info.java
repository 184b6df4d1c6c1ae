/**
 * Tailor's Kconfig engine and its tools. The API: the engine ({@code dev.tailor.kconfig}: Kconfig, Symbol,
 * MenuNode, the readers and writers), configuration sessions (conf's modes), generation without Maven,
 * sampling and conflict solving, the feature-combination matrix, menuconfig's configurator and screens, and
 * the command line (for embedding it, as the Maven plugin does). The lexer and the preprocessor are internal.
 *
 * <p>The jar also runs on the class path (the Maven plugin, {@code java -jar kconfig.jar}); on the module
 * path the packages that Picocli and Velocity reflect on, and the templates Velocity loads, are opened to them.
 */
module dev.tailor.kconfig {
    requires com.google.gson;
    requires com.googlecode.lanterna;
    requires info.picocli;
    requires java.compiler;
    requires java.xml;
    requires org.junit.jupiter.api;
    requires org.junit.platform.launcher;
    requires org.ow2.sat4j.core;
    requires velocity.engine.core; // no module name of its own: the name Java derives from the jar's
    // Velocity's own dependencies: an automatic module cannot declare them, so it is read for it.
    requires org.apache.commons.lang3;
    requires org.slf4j;

    exports dev.tailor.kconfig;
    exports dev.tailor.kconfig.cli;
    exports dev.tailor.kconfig.generate;
    exports dev.tailor.kconfig.matrix;
    exports dev.tailor.kconfig.menuconfig;
    exports dev.tailor.kconfig.menuconfig.screen;
    exports dev.tailor.kconfig.sample;
    exports dev.tailor.kconfig.sat;
    exports dev.tailor.kconfig.session;

    opens dev.tailor.kconfig.cli to info.picocli;
    // Open to all, not only to Velocity: a template there is a resource, found only in an open package.
    opens dev.tailor.kconfig.generate;
    opens dev.tailor.kconfig.matrix;
    opens dev.tailor.kconfig.sample to com.google.gson;
}
