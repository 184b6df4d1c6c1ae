// The build failed because of the two planted bugs; the reports name every configuration and how to reproduce.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
File work = new File(basedir, 'target/kconfig-matrix')
def json = new JsonSlurper().parse(new File(work, 'matrix.json'))
assert json.coverage.percent == 100.0 : "pairwise coverage: ${json.coverage}"
def byId = json.configurations.collectEntries { [(it.id): it] }
assert byId.good.status == 'passed' : byId.good
assert byId.good.tests.passed == 3 : byId.good

boolean on(c, String s) { c.differences.contains("CONFIG_${s}=y".toString()) }
int compileErrors = 0, testFailures = 0
json.configurations.findAll { it.id.startsWith('sample-') }.each { c ->
    String expected = on(c, 'B') && !on(c, 'A') ? 'compile_error' : on(c, 'A') && on(c, 'C') ? 'test_failure' : 'passed'
    assert c.status == expected : "${c.id} ${c.differences}: ${c.status}, expected ${expected}"
    if (expected == 'compile_error') compileErrors++
    if (expected == 'test_failure') {
        testFailures++
        assert c.failures*.class == ['p.AlphaTest'] : c
    }
    if (expected != 'passed') {
        String defconfig = new File(work, "${c.id}/${c.id}_defconfig").absolutePath
        assert c.reproduce == "mvn -Dkconfig.defconfig=${defconfig} package".toString() : c.reproduce
        assert log.contains("reproduce: ${c.reproduce}")
    }
    assert new File(work, "junit/TEST-${c.id}.xml").text.contains("<testsuite name=\"${c.id}\"")
}
assert compileErrors > 0 && testFailures > 0
assert new File(work, 'matrix.html').text.contains('id="good"')
assert log.contains("configurations failed (${new File(work, 'matrix.html').absolutePath})")
return true
