// The waivers expired on 31 March 2020: they waive nothing, so Moray's errors fail the build (invoker checks that); the
// log warns of each expired waiver at its place in the waiver file, and the reports show the notices.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[childplan] checking 1 plan in plans (fail on error)')
assert log =~ /applying 10 waivers from plans[\\\/]waivers\.yaml/
def expired = log.readLines().findAll { it.startsWith('[WARNING] [childplan] waiver ') && it.contains(' expired on 2020-03-31') }
assert expired.size() == 10
assert expired.any { it.contains('waivers.yaml:3:5 (SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS in plan moray-csp-2017-2020)') }
assert log =~ /\[ERROR\] \[childplan\] moray-csp-2017-2020\.yaml: 10 errors, 2 warnings, 7 info — FAILED/
assert log.contains('1 of 1 plan failed (fail on error):')
assert !log.contains('at org.childplan.')

def json = new JsonSlurper().parse(new File(basedir, 'target/childplan/childplan.json'))
assert json.verdict == 'FAIL'
def report = json.reports[0]
assert report.counts.ERROR == 10
assert report.waived == []
assert report.waiverNotices.size() == 10
assert report.waiverNotices.every { it.kind == 'EXPIRED' }
return true
