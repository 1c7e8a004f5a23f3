// The waivers expired on 31 March 2020: they waive nothing, so Moray's errors fail the build (invoker checks that); the
// log warns of each expired waiver at its place in the waiver file, and the reports show the notices.
import groovy.json.JsonSlurper

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
assert log.contains('[childplan] checking 1 plan in plans (fail on error)')
assert log =~ /applying ${waivers} waivers from plans[\\\/]waivers\.yaml/
def expired = log.readLines().findAll { it.startsWith('[WARNING] [childplan] waiver ') && it.contains(' expired on 2020-03-31') }
assert expired.size() == waivers
assert expired.any { it.contains('waivers.yaml:3:5 (SCO-CYPSA-S10-PUBLICATION in plan moray-csp-2017-2020)') }
assert log.contains("[ERROR] [childplan] moray-csp-2017-2020.yaml: ${summary} — FAILED")
assert log.contains('1 of 1 plan failed (fail on error):')
assert !log.contains('at org.childplan.')

def json = new JsonSlurper().parse(new File(basedir, 'target/childplan/childplan.json'))
assert json.verdict == 'FAIL'
def report = json.reports[0]
assert report.counts.ERROR == counts.ERROR
assert report.waived == []
assert report.waiverNotices.size() == waivers
assert report.waiverNotices.every { it.kind == 'EXPIRED' }
return true
