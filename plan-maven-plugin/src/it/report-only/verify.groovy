// failOn never: Moray's errors are reported but do not fail the build. The configured file set finds the plan under
// council/plans and leaves out the malformed draft; jurisdiction and as-of date are the configured ones.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[childplan] checking 1 plan in council${File.separator}plans (fail on never)")
assert log =~ /\[INFO\] \[childplan\] moray-csp-2017-2020\.yaml: \d+ errors[^\n]*— PASSED/
assert !log.contains('broken.yaml')
assert !log.contains('[ERROR]')

def report = new File(basedir, 'target/compliance/moray-csp-2017-2020.json')
assert report.isFile()
assert !new File(basedir, 'target/childplan').exists()
def json = new groovy.json.JsonSlurper().parse(report)
assert json.asOf == '2018-06-30'
assert json.jurisdiction == 'SCOTLAND'
assert json.counts.ERROR > 0
return true
