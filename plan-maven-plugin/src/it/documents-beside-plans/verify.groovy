// The build passed on the plan alone (invoker checks that): the waiver file, the SARIF log and, in the second
// execution, the JSON report the first wrote into plans/ were each left out with a line saying what it is.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def noted = { String file, String kind -> "[INFO] [childplan] ${file}: left out: ${kind}, not a plan" }
assert log.count(noted('waivers.yaml', 'a waiver file')) == 2
assert log.count(noted('lint.sarif.json', 'a SARIF log')) == 2
assert log.count(noted('childplan.json', "childplan's JSON report")) == 1
assert log.count('[childplan] checking 1 plan in plans (fail on error)') == 2
assert log =~ /\[INFO\] \[childplan\] glenardoch-csp-2023-2026\.yaml: [^\n]*— PASSED/
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] [childplan]')

def json = new JsonSlurper().parse(new File(basedir, 'target/childplan/childplan.json'))
assert json.verdict == 'PASS'
assert json.unchecked == []
assert json.reports*.plan*.id == ['glenardoch-csp-2023-2026']
return true
