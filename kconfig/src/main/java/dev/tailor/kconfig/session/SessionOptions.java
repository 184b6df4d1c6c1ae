package dev.tailor.kconfig.session;

import dev.tailor.kconfig.ConfigTool.RandomSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ConfigSession} works with: Linux's conf takes these from the environment (KCONFIG_CONFIG,
 * KCONFIG_ALLCONFIG, ...); {@link #builder} reads them from it the same way, and a front end sets what its
 * own options say.
 *
 * @param environment the variables the Kconfig files see ($(VAR), $srctree), and those the writers read
 *     (KCONFIG_OVERWRITECONFIG, CONFIG_)
 * @param workingDirectory what relative names are relative to
 * @param kconfigFile the top Kconfig file; null: ./Kconfig, else ./Config.uk (else under $srctree)
 * @param configFile the configuration file as named (KCONFIG_CONFIG, default .config)
 * @param shellCache a file of recorded $(shell,...) outputs (KCONFIG_SHELL_CACHE); null for none
 * @param probeJobs how many $(shell,...) probes may run at once without a shell cache (KCONFIG_PROBE_JOBS)
 * @param allConfig the values all*config and randconfig start from (KCONFIG_ALLCONFIG): null for none,
 *     "" for all&lt;mode&gt;.config else all.config, otherwise a file name
 * @param werror whether warnings in configuration files and unmet dependencies are errors (KCONFIG_WERROR)
 * @param seed randconfig's seed (KCONFIG_SEED); null: one from the clock
 * @param probability randconfig's chances of y and m (KCONFIG_PROBABILITY); null for Linux's defaults
 * @param defconfigList files to start from when the configuration file does not exist
 *     (KCONFIG_DEFCONFIG_LIST), the first that exists
 * @param noSilentUpdate whether syncconfig refuses to update an outdated configuration (KCONFIG_NOSILENTUPDATE)
 */
public record SessionOptions(Map<String, String> environment, Path workingDirectory, String kconfigFile,
        String configFile, String shellCache, int probeJobs, String allConfig, boolean werror, Integer seed,
        String probability, List<String> defconfigList, boolean noSilentUpdate) {
    public SessionOptions {
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(configFile, "configFile");
        defconfigList = List.copyOf(defconfigList);
    }

    /** Options as Linux's conf takes them from {@code environment}, relative names against {@code workingDirectory}. */
    public static Builder builder(Map<String, String> environment, Path workingDirectory) {
        return new Builder(environment, workingDirectory);
    }

    /** The options, filled from the environment and changed by the front end's own. */
    public static final class Builder {
        private final Map<String, String> environment;
        private final Path workingDirectory;
        private String kconfigFile;
        private String configFile;
        private String shellCache;
        private final int probeJobs;
        private String allConfig;
        private boolean werror;
        private Integer seed;
        private String probability;
        private final List<String> defconfigList;
        private final boolean noSilentUpdate;

        private Builder(Map<String, String> env, Path workingDirectory) {
            this.environment = env;
            this.workingDirectory = workingDirectory;
            configFile(env.get("KCONFIG_CONFIG"));
            shellCache(env.get("KCONFIG_SHELL_CACHE"));
            String jobs = env.get("KCONFIG_PROBE_JOBS");
            probeJobs = jobs != null && jobs.matches("[0-9]+") ? Integer.parseInt(jobs)
                    : Math.max(2, Runtime.getRuntime().availableProcessors());
            String all = env.get("KCONFIG_ALLCONFIG");
            allConfig = "1".equals(all) ? "" : all;
            werror = env.containsKey("KCONFIG_WERROR");
            seed = RandomSettings.parseSeed(env.get("KCONFIG_SEED"));
            probability = env.get("KCONFIG_PROBABILITY");
            String list = env.get("KCONFIG_DEFCONFIG_LIST");
            defconfigList = list == null || list.isBlank() ? List.of() : List.of(list.strip().split("\\s+"));
            String noSilent = env.get("KCONFIG_NOSILENTUPDATE");
            noSilentUpdate = noSilent != null && !noSilent.isEmpty();
        }

        public Builder kconfigFile(String name) {
            kconfigFile = name;
            return this;
        }

        /** The configuration file; null or "" for .config. */
        public Builder configFile(String name) {
            configFile = name == null || name.isEmpty() ? ".config" : name;
            return this;
        }

        /** The shell cache; null or "" for none. */
        public Builder shellCache(String name) {
            shellCache = name == null || name.isEmpty() ? null : name;
            return this;
        }

        /** A file of values for all*config and randconfig to start from. */
        public Builder allConfig(String name) {
            allConfig = name;
            return this;
        }

        /** Whether warnings in configuration files and unmet dependencies are errors (as KCONFIG_WERROR). */
        public Builder werror(boolean value) {
            werror = value;
            return this;
        }

        public Builder seed(Integer value) {
            seed = value;
            return this;
        }

        public Builder probability(String value) {
            probability = value;
            return this;
        }

        public SessionOptions build() {
            return new SessionOptions(environment, workingDirectory, kconfigFile, configFile, shellCache, probeJobs,
                    allConfig, werror, seed, probability, defconfigList, noSilentUpdate);
        }
    }
}
