/**
 * Generation: the sources a configuration selects, rendered from Velocity templates without Maven. Every
 * {@code <module>/Makefile.uk} of the template roots names the templates its symbols enable; they are
 * rendered with the configuration as {@code $config}, together with a constants class of the
 * configuration's values and the resolved {@code .config} as a resource, into output folders that belong
 * to the generation (see {@link dev.tailor.kconfig.generate.Generator}). The Maven plugin's {@code generate}
 * goal and {@code kconfig generate} are front ends of it.
 */
package dev.tailor.kconfig.generate;
