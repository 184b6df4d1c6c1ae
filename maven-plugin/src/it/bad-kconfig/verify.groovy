// The failure names Config.uk:5 and the reason, and nothing was rendered.
String log = new File(basedir, 'build.log').text
String where = new File(basedir, 'Config.uk').toPath().toAbsolutePath().normalize().toString() + ':5: '
assert log.contains(where + "syntax error: expected ')', found end of line") : "no located reason in:\n$log"
assert log.contains('[ERROR] Failed to execute goal dev.tailor:kconfig-maven-plugin')
assert !new File(basedir, 'target/generated-sources/kconfig').exists()
assert !new File(basedir, 'target/classes').exists()
return true
