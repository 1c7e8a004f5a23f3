// Moray's plan misses duties of the 2014 Act: the build failed (invoker checks that), the log says which plan, how many
// errors and which duties, at the plan's file, line and column, and the report is written all the same.
def log = new File(basedir, 'build.log').getText('UTF-8')
def summary = (log =~ /\[ERROR\] \[childplan\] moray-csp-2017-2020\.yaml: (\d+) errors?[^\n]*— FAILED/)
assert summary.find()
int errors = summary.group(1) as int
assert errors > 0

// Each failing finding is logged as file:line:column: rule id, message and citation.
assert log =~ /\[ERROR\] \[childplan\]   [^\n]*moray-csp-2017-2020\.yaml:\d+:\d+: SCO-CYPSA-S9-EARLY-ACTION No action addresses the aim of early action and prevention[^\n]*\(Children and Young People \(Scotland\) Act 2014, s9\(2\)/
assert log.contains('1 of 1 plan failed (fail on error): moray-csp-2017-2020.yaml')
// A failed check is the user's news, not the plugin's crash: no stack trace.
assert !log.contains('at org.childplan.')
assert !log.contains('MojoFailureException:')

def report = new File(basedir, 'target/childplan/moray-csp-2017-2020.json')
assert report.isFile()
def json = new groovy.json.JsonSlurper().parse(report)
assert json.verdict == 'FAIL'
assert json.counts.ERROR == errors
assert json.findings.any { it.ruleId == 'SCO-CYPSA-S9-EARLY-ACTION' && it.location.line > 0 }
return true
