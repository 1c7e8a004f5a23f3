// Moray's plan with a waiver for each of its errors in plans/waivers.yaml (written by setup.groovy): the build passed (invoker checks that), the
// waiver file was not read as a plan, and every report shows the errors as waived, with the justification.
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
int waivers = new File(basedir, 'plans/waivers.yaml').readLines('UTF-8').count { it.startsWith('  - ruleId: ') }
int waived = counts.ERROR
assert waived > 0
assert log.contains('[childplan] checking 1 plan in plans (fail on error)')
assert log =~ /\[INFO\] \[childplan\] applying ${waivers} waivers from plans[\\\/]waivers\.yaml as of \d{4}-\d{2}-\d{2}/
def unwaived = countsOf([WARNING: 'warning', INFO: 'info'])
assert log.contains("[INFO] [childplan] moray-csp-2017-2020.yaml: ${unwaived ? unwaived + ', ' : ''}${waived} waived: ${words(waived, 'error')} (waivers expire 2099-12-31) — PASSED")
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] [childplan]')

def reports = new File(basedir, 'target/childplan')
def json = new JsonSlurper().parse(new File(reports, 'childplan.json'))
assert json.verdict == 'PASS'
assert json.unchecked == []
assert json.reports*.plan*.id == ['moray-csp-2017-2020']
def report = json.reports[0]
assert report.counts.ERROR == 0
assert report.waived.size() == waived
assert report.waived.every { it.waiver.justification.startsWith('The 2020-2023 plan') }
assert report.waiverNotices == []

// SARIF: the waived findings are results with an accepted, external suppression carrying the justification.
def sarif = new JsonSlurper().parse(new File(reports, 'childplan.sarif'))
def suppressed = sarif.runs[0].results.findAll { it.suppressions }
assert suppressed.size() == waived
assert suppressed.every { it.suppressions[0].kind == 'external' && it.suppressions[0].status == 'accepted' }
assert suppressed.every { it.suppressions[0].justification.contains('The 2020-2023 plan') }
assert suppressed.any { it.ruleId == 'SCO-CYPSA-S10-PUBLICATION' }

// JUnit XML: nothing fails; the waived rules are skipped.
def junit = new XmlSlurper().parse(new File(reports, 'childplan-junit.xml'))
def suite = junit.testsuite.find { it.@name == 'moray-csp-2017-2020' }
assert suite.@failures.toInteger() == 0
def skipped = suite.testcase.findAll { !it.skipped.isEmpty() }*.@name*.toString()
assert skipped.any { it.startsWith('SCO-CYPSA-S8-CHILDRENS-SERVICES') }
assert skipped.any { it.startsWith('SCO-CYPSA-S10-PUBLICATION') }

def html = new XmlSlurper(false, false, true).parse(new File(reports, 'childplan.html'))
assert html.text().contains('The 2020-2023 plan, consulted on and published in full, replaces this one.')
return true
