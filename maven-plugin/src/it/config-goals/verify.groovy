// The config goals on the project's .config.
String log = new File(basedir, 'build.log').text
List<String> lines = log.readLines()
def has = { String text -> assert log.contains(text) : "no \"$text\" in:\n$log"; true }

// listnewconfig before any .config: every visible symbol, with its default
has('[INFO] CONFIG_GREETER=n\n')
has('[INFO] CONFIG_ENGLISH=y\n')
// defconfig, savedefconfig
has('configuration written to ' + new File(basedir, '.config').toPath().toAbsolutePath().normalize())
assert new File(basedir, 'target/saved_defconfig').text == 'CONFIG_GREETER=y\nCONFIG_GREETER_TIMES=42\nCONFIG_FRENCH=y\n'
// info
has('[INFO] Symbol: GREETER_TIMES\n')
has('[INFO] Type: integer\n')
has('[INFO] Value: 42\n')
has('Config.uk:8 (config, prompt "Greetings")')
// help
has('kconfig:savedefconfig')
has('kconfig:generate')
// generate, skipped
has('[INFO] kconfig: skipped (kconfig.skip)')

// olddefconfig right after allyesconfig changes nothing
has("No change to configuration in '" + new File(basedir, '.config').toPath().toAbsolutePath().normalize() + "'")
// randconfig with a seed: printed; .config is its result, the previous one kept as .config.old
has('[INFO] KCONFIG_SEED=0x1234\n')
File config = new File(basedir, '.config')
File old = new File(basedir, '.config.old')
assert config.isFile() && old.isFile()
assert config.text.startsWith('#\n# Automatically generated file; DO NOT EDIT.\n# Config goals\n#\n')

// setconfig, check, syncconfig
assert config.text.contains('CONFIG_GREETER=y\nCONFIG_GREETER_TIMES=7\n')
assert config.text.contains('# CONFIG_ENGLISH is not set\nCONFIG_FRENCH=y\n')
has('[INFO] check: 0 errors, 0 warnings')
File autoConf = new File(basedir, 'target/kconfig/include/config/auto.conf')
String auto = autoConf.text
assert auto.startsWith('#\n# Automatically generated file; DO NOT EDIT.\n# Config goals\n#\n')
assert auto.contains('CONFIG_GREETER_TIMES=7\n') && auto.contains('CONFIG_FRENCH=y\n') && !auto.contains('CONFIG_ENGLISH')
String header = new File(basedir, 'target/kconfig/include/generated/autoconf.h').text
assert header.contains('#define CONFIG_GREETER_TIMES 7\n') && header.contains('#define CONFIG_FRENCH 1\n')
assert new File(basedir, 'target/kconfig/include/generated/rustc_cfg').text.contains('--cfg=CONFIG_GREETER\n')
assert new File(basedir, 'target/kconfig/include/config/auto.conf.cmd').text.contains('\tConfig.uk \\\n')
assert new File(basedir, 'target/kconfig/include/config/GREETER_TIMES').isFile()
return true
