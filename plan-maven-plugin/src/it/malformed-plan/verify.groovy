// The plan is not well-formed YAML: the build failed (invoker checks that) with the file, line and column of the list
// left open (not of the end of the file, where the parser noticed), what was expected, and no stack trace; the
// reports are written and list the document as one that could not be checked.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def where = "plans${File.separator}broken.yaml:4:13: "
assert log =~ /\[ERROR\] \[childplan\] [^\n]*broken\.yaml:4:13: [^\n]*malformed YAML: expected ',' or '\]', but got <stream end> \(while parsing a flow sequence started here\)/
assert log.contains('1 plan could not be checked:')
assert log.contains(where)
assert log.contains('reports: ')
assert !log.contains('at org.childplan.')
assert !log.contains('Caused by:')

def json = new JsonSlurper().parse(new File(basedir, 'target/childplan/childplan.json'))
assert json.verdict == 'FAIL'
assert json.reports == []
assert json.unchecked.size() == 1
assert json.unchecked[0].source.endsWith('broken.yaml')
def problem = json.unchecked[0].problems[0]
assert problem.location.line == 4 && problem.location.column == 13
assert problem.message.contains('malformed YAML')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/childplan/childplan.sarif'))
def notChecked = sarif.runs[0].results.findAll { it.ruleId == 'childplan/plan-not-checked' }
assert notChecked.size() == 1
assert notChecked[0].level == 'error'
assert notChecked[0].locations[0].physicalLocation.region.startLine == 4
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/childplan/childplan-junit.xml'))
assert junit.testsuite.size() == 1
assert junit.testsuite[0].testcase[0].error.@type.text() == 'PlanNotChecked'
assert junit.testsuite[0].testcase[0].error.text().contains('broken.yaml:4:13')
return true
