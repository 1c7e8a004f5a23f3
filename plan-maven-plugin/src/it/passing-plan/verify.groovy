// The plan meets every duty: the build passed (invoker checks that), the summary says so and the report is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[childplan] checking 1 plan in plans (fail on error)')
assert log =~ /\[INFO\] \[childplan\] glenardoch-csp-2023-2026\.yaml: [^\n]*— PASSED/
assert !log.contains('0 errors') && !(log =~ /\d+ errors?[^\n]*— PASSED/)
assert log.contains('[childplan] report: target/childplan/glenardoch-csp-2023-2026.json'.replace('/', File.separator))

def report = new File(basedir, 'target/childplan/glenardoch-csp-2023-2026.json')
assert report.isFile()
def json = new groovy.json.JsonSlurper().parse(report)
assert json.reportVersion == '1'
assert json.plan.id == 'glenardoch-csp-2023-2026'
assert json.jurisdiction == 'SCOTLAND'
assert json.verdict == 'PASS'
assert json.counts.ERROR == 0
assert json.plan.source.endsWith('glenardoch-csp-2023-2026.yaml')
return true
