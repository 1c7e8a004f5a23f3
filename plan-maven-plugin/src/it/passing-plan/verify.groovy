// The plan meets every duty: the build passed (invoker checks that), the summary says so and every default report
// (json, sarif, junit, html) is written, one file per format, each saying the plan passed.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[childplan] checking 1 plan in plans (fail on error)')
assert log =~ /\[INFO\] \[childplan\] glenardoch-csp-2023-2026\.yaml: [^\n]*— PASSED/
assert !log.contains('0 errors') && !(log =~ /\d+ errors?[^\n]*— PASSED/)
['childplan.json', 'childplan.sarif', 'childplan-junit.xml', 'childplan.html'].each { name ->
    assert log.contains("[childplan] report: ${['target', 'childplan', name].join(File.separator)}")
}
def reports = new File(basedir, 'target/childplan')
assert reports.list().sort() == ['childplan-junit.xml', 'childplan.html', 'childplan.json', 'childplan.sarif']

def json = new JsonSlurper().parse(new File(reports, 'childplan.json'))
assert json.reportVersion == '2'
assert json.verdict == 'PASS'
assert json.unchecked == []
assert json.reports.size() == 1
def report = json.reports[0]
assert report.plan.id == 'glenardoch-csp-2023-2026'
assert report.jurisdiction == 'SCOTLAND'
assert report.counts.ERROR == 0
assert report.plan.source.endsWith('glenardoch-csp-2023-2026.yaml')

def sarif = new JsonSlurper().parse(new File(reports, 'childplan.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.rules.any { it.id == 'SCO-CYPSA-S9-EARLY-ACTION' }
assert !sarif.runs[0].results.any { it.level == 'error' }

def junit = new XmlSlurper().parse(new File(reports, 'childplan-junit.xml'))
assert junit.testsuite.size() == 1
assert junit.testsuite[0].@name == 'glenardoch-csp-2023-2026'
assert (junit.testsuite[0].@tests.toInteger()) > 0
assert junit.testsuite[0].@failures.toInteger() == 0
assert junit.'**'.findAll { it.name() == 'failure' }.size() == 0

def html = new XmlSlurper(false, false, true).parse(new File(reports, 'childplan.html'))
assert html.name() == 'html'
assert html.text().contains('glenardoch-csp-2023-2026')
return true
