// The second build rendered, wrote and compiled nothing.
import java.text.SimpleDateFormat

String log = new File(basedir, 'build.log').text
List<String> lines = log.readLines()
def time = { String line -> new SimpleDateFormat('yyyy-MM-dd_HH:mm:ss.SSS').parse(line.substring(0, 23)).time }

// Where the second build starts: the second "Scanning for projects".
List<Integer> starts = lines.findIndexValues { it.contains('Scanning for projects') }.collect { it as int }
assert starts.size() == 2 : "expected two builds in build.log:\n$log"
List<String> first = lines.subList(0, starts[1])
List<String> second = lines.subList(starts[1], lines.size())
long secondStart = time(second[0])

assert first.any { it.contains('kconfig: the Kconfig defaults: 2 template(s) of 1 module(s) rendered; 4 file(s) written, 0 unchanged, 0 deleted') } : first.join('\n')
assert second.any { it.contains('kconfig: sources up to date (the Kconfig defaults)') } : second.join('\n')
assert !second.any { it.contains('rendered;') }
// The compiler saw no change, main or test.
assert second.count { it.contains('Nothing to compile - all classes are up to date') } == 2 : second.join('\n')

// No output of generate, and no class, was written during the second build.
File target = new File(basedir, 'target')
List<File> outputs = []
['generated-sources/kconfig', 'generated-test-sources/kconfig', 'generated-resources/kconfig', 'kconfig', 'classes',
        'test-classes'].each { dir ->
    new File(target, dir).eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
}
assert outputs.any { it.name == 'Hello.java' }
assert outputs.any { it.name == 'BuildConfig.java' }
assert outputs.any { it.name == 'generate.state' }
assert outputs.any { it.name == 'HelloCheck.class' }
outputs.each { f ->
    assert f.lastModified() < secondStart : "$f was written by the second build"
}
return true
