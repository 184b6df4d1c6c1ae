/**
 * Builds and tests many configurations of a product line in one JVM: for each configuration (a sampled one or
 * a given defconfig) the templates are rendered with the Maven-free {@link dev.tailor.kconfig.generate.Generator},
 * compiled with {@code javax.tools}, and its tests run by the JUnit Platform launcher in a class loader of its
 * own, several configurations at once. {@link dev.tailor.kconfig.matrix.Matrix} is the API the command line's
 * {@code kconfig matrix} and the Maven goal {@code kconfig:matrix} call; {@link
 * dev.tailor.kconfig.matrix.MatrixReports} writes what a person and a CI server read.
 */
package dev.tailor.kconfig.matrix;
