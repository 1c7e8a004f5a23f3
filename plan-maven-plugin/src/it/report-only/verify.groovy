// failOn never: Moray's errors are reported but do not fail the build. The configured file set finds the plan under
// council/plans and leaves out the malformed draft; jurisdiction and as-of date are the configured ones.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[childplan] checking 1 plan in council${File.separator}plans (fail on never)")
assert log =~ /\[INFO\] \[childplan\] moray-csp-2017-2020\.yaml: \d+ errors[^\n]*— PASSED/
assert !log.contains('broken.yaml')
assert !log.contains('[ERROR]')

// Only the format configured is written, to the folder configured.
assert new File(basedir, 'target/compliance').list() as List == ['childplan.json']
assert !new File(basedir, 'target/childplan').exists()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/childplan.json'))
assert json.failLevel == 'NEVER'
assert json.verdict == 'PASS'
assert json.reports.size() == 1
assert json.reports[0].asOf == '2018-06-30'
assert json.reports[0].jurisdiction == 'SCOTLAND'
assert json.reports[0].counts.ERROR > 0
return true
