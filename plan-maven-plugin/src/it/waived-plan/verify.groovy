// Moray's plan with a waiver for each of its errors in plans/waivers.yaml: the build passed (invoker checks that), the
// waiver file was not read as a plan, and every report shows the errors as waived, with the justification.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[childplan] checking 1 plan in plans (fail on error)')
assert log =~ /\[INFO\] \[childplan\] applying 10 waivers from plans[\\\/]waivers\.yaml as of \d{4}-\d{2}-\d{2}/
assert log.contains('[INFO] [childplan] moray-csp-2017-2020.yaml: 2 warnings, 7 info, 10 waived: 10 errors (waivers expire 2099-12-31) — PASSED')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] [childplan]')

def reports = new File(basedir, 'target/childplan')
def json = new JsonSlurper().parse(new File(reports, 'childplan.json'))
assert json.verdict == 'PASS'
assert json.unchecked == []
assert json.reports*.plan*.id == ['moray-csp-2017-2020']
def report = json.reports[0]
assert report.counts.ERROR == 0
assert report.waived.size() == 10
assert report.waived.every { it.waiver.justification.startsWith('The 2020-2023 plan') }
assert report.waiverNotices == []

// SARIF: the waived findings are results with an accepted, external suppression carrying the justification.
def sarif = new JsonSlurper().parse(new File(reports, 'childplan.sarif'))
def suppressed = sarif.runs[0].results.findAll { it.suppressions }
assert suppressed.size() == 10
assert suppressed.every { it.suppressions[0].kind == 'external' && it.suppressions[0].status == 'accepted' }
assert suppressed.every { it.suppressions[0].justification.contains('The 2020-2023 plan') }
assert suppressed.any { it.ruleId == 'SCO-CYPSA-S10-PUBLICATION' }

// JUnit XML: nothing fails; the waived rules are skipped.
def junit = new XmlSlurper().parse(new File(reports, 'childplan-junit.xml'))
def suite = junit.testsuite.find { it.@name == 'moray-csp-2017-2020' }
assert suite.@failures.toInteger() == 0
def skipped = suite.testcase.findAll { !it.skipped.isEmpty() }*.@name*.toString()
assert skipped.any { it.startsWith('SCO-CYPSA-S9-EARLY-ACTION') }
assert skipped.any { it.startsWith('SCO-CYPSA-S10-PUBLICATION') }

def html = new XmlSlurper(false, false, true).parse(new File(reports, 'childplan.html'))
assert html.text().contains('The 2020-2023 plan, consulted on and published in full, replaces this one.')
return true
