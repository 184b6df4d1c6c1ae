/**
 * The Kconfig macro language: {@code $(...)} variables, user-defined and built-in functions, and the
 * {@code $(shell,...)} runners and recorded-output cache behind them. Behaviour follows Linux 6.18's
 * {@code scripts/kconfig/preprocess.c}.
 */
package dev.tailor.kconfig.preprocess;
