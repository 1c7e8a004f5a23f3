// The council's pack, added to the plugin (here as a dependency; local-pack-parameter runs these checks for the packs
// parameter), is applied beside the law, and every report keeps its standard apart from the statutory duties.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def rule = 'GLENMORE-PRIORITY-MEASURED'
def pack = "Glenmore Council Children's Services Performance Framework 2024"
def reports = new File(basedir, 'target/childplan')

def json = new JsonSlurper().parse(new File(reports, 'childplan.json'))
def findings = json.reports[0].findings
def local = findings.findAll { it.ruleId == rule }
assert local.size() == 1
assert local[0].basis == 'LOCAL_STANDARD'
assert local[0].pack == 'glenmore'
assert findings.findAll { it.ruleId != rule }.every { it.basis == 'LAW' }
assert json.reports[0].packs.collect { it.id }.contains('glenmore')

def sarif = new JsonSlurper().parse(new File(reports, 'childplan.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == rule }
assert result.properties.basis == 'LOCAL_STANDARD'
assert result.properties.tags.contains('local-standard')
// A rule of the law is tagged by what its severity says the text requires: must, should, or good practice.
def lawTag = ['ERROR': 'statutory-duty', 'WARNING': 'statutory-expectation', 'INFO': 'good-practice']
def severityOf = sarif.runs[0].tool.driver.rules.collectEntries { [(it.id): it.properties.severity] }
assert sarif.runs[0].results.findAll { it.ruleId != rule }.every {
    it.properties.tags.contains(lawTag[severityOf[it.ruleId]]) && !it.properties.tags.contains('local-standard')
}

def junit = new XmlSlurper().parse(new File(reports, 'childplan-junit.xml'))
def lawSuite = junit.testsuite.find { it.@name == 'glenmore-draft' }
def localSuite = junit.testsuite.find { it.@name == "glenmore-draft: Local standards of ${pack}".toString() }
assert !lawSuite.isEmpty() && !localSuite.isEmpty()
assert localSuite.testcase.size() == 1
assert localSuite.testcase[0].@name.text().startsWith(rule)
assert !lawSuite.testcase.any { it.@name.text().startsWith(rule) }

def markdown = new File(reports, 'childplan.md').getText('UTF-8')
def section = markdown.indexOf("### Local standards of ${pack}")
assert section > 0
assert !markdown.substring(0, section).contains(rule)
assert markdown.substring(section).contains(rule)

def html = new XmlSlurper(false, false, true).parse(new File(reports, 'childplan.html'))
def localSection = html.'**'.find { it.name() == 'section' && it.@class == 'local-standards' }
assert localSection.h3.text() == "Local standards of ${pack}".toString()
assert localSection.text().contains(rule)
assert !localSection.text().contains('SCO-')
return true
