// Moray's plan misses duties of the 2014 Act: the build failed (invoker checks that), the log says which plan, how many
// errors and which duties, at the plan's file, line and column; the reports are written all the same and put each
// finding where the YAML says it (code scanning annotates that line) and fail the plan's tests.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// The counts plan-examples pins for Moray, as of the start of its period, the date the build checks it by; judged as a
// complete record they are the same, errors that fail instead of duties not shown.
def counts = [:].withDefault { 0 }
def pinned = new File(pinnedReports, 'moray-csp-2017-2020.report.txt').getText('UTF-8')
(pinned =~ /(?m)^counts: \{(.*)\}$/)[0][1].split(', ').each { def (severity, count) = it.split('='); counts[severity] = count as int }
def words = { int count, String noun -> noun == 'info' ? "${count} info" : "${count} ${noun}${count == 1 ? '' : 's'}" }
def countsOf = { severities -> severities.findAll { counts[it.key] > 0 }.collect { words(counts[it.key], it.value) }.join(', ') }
def summary = countsOf([ERROR: 'error', WARNING: 'warning', INFO: 'info'])
int errors = counts.ERROR
assert errors > 0
assert log.contains("[ERROR] [childplan] moray-csp-2017-2020.yaml: ${summary} — FAILED")

// Each failing finding is logged as file:line:column: rule id, message and citation.
assert log =~ /\[ERROR\] \[childplan\]   [^\n]*moray-csp-2017-2020\.yaml:\d+:\d+: SCO-CYPSA-S8-CHILDRENS-SERVICES The plan describes no children's service[^\n]*\(Children and Young People \(Scotland\) Act 2014, s8\(2\)/
// The failure ends with a short summary: the counts of the failing plan and the reports to read.
assert log.contains('1 of 1 plan failed (fail on error):')
assert log.contains("  moray-csp-2017-2020.yaml: ${summary} — FAILED")
def shown = { name -> ['target', 'childplan', name].join(File.separator) }
assert log.contains('reports: ' + ['childplan-junit.xml', 'childplan.html', 'childplan.json', 'childplan.sarif']
        .collect(shown).join(', '))
// A failed check is the user's news, not the plugin's crash: no stack trace.
assert !log.contains('at org.childplan.')
assert !log.contains('MojoFailureException:')

def reports = new File(basedir, 'target/childplan')
def json = new JsonSlurper().parse(new File(reports, 'childplan.json'))
assert json.verdict == 'FAIL'
assert json.reports[0].counts.ERROR == errors
assert json.reports[0].findings.any { it.ruleId == 'SCO-CYPSA-S8-CHILDRENS-SERVICES' && it.location.line > 0 }

// SARIF: a result per finding, at the plan file relative to the project and at the line of the YAML it concerns.
def sarif = new JsonSlurper().parse(new File(reports, 'childplan.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.count { it.level == 'error' } == errors
def landlords = results.find { it.ruleId == 'SCO-CYPSA-S10-SOCIAL-LANDLORDS' }
assert landlords != null
assert landlords.locations[0].physicalLocation.artifactLocation.uri == 'plans/moray-csp-2017-2020.yaml'
int line = landlords.locations[0].physicalLocation.region.startLine
assert landlords.partialFingerprints.size() > 0
// A finding on a recorded element is put at its line: the needs assessment not shown to be shared.
def shared = results.find { it.ruleId == 'SCO-SG2016-APPD-SHARED-NEEDS-ASSESSMENT' }
def physical = shared.locations[0].physicalLocation
assert physical.artifactLocation.uri == 'plans/moray-csp-2017-2020.yaml'
def yaml = new File(basedir, 'plans/moray-csp-2017-2020.yaml').readLines('UTF-8')
assert yaml[physical.region.startLine - 1].startsWith('needsAssessment:')

// JUnit XML: the plan is a test suite whose failing rules are failures, each naming the file and line.
def junit = new XmlSlurper().parse(new File(reports, 'childplan-junit.xml'))
def suite = junit.testsuite.find { it.@name == 'moray-csp-2017-2020' }
assert suite.@failures.toInteger() > 0
def failing = suite.testcase.findAll { !it.failure.isEmpty() }*.@name*.toString()
assert failing.any { it.startsWith('SCO-CYPSA-S8-CHILDRENS-SERVICES') }
assert failing.any { it.startsWith('SCO-CYPSA-S10-SOCIAL-LANDLORDS') }
assert suite.testcase.find { it.@name.toString().startsWith('SCO-CYPSA-S10-SOCIAL-LANDLORDS') }.failure.text()
        .contains("moray-csp-2017-2020.yaml:${line}")

def html = new XmlSlurper(false, false, true).parse(new File(reports, 'childplan.html'))
assert html.text().contains('SCO-CYPSA-S8-CHILDRENS-SERVICES')
return true
