// The plan is not well-formed YAML: the build failed (invoker checks that) with the file, line, column and what was
// expected, and no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
def where = "plans${File.separator}broken.yaml:5:32: "
assert log =~ /\[ERROR\] \[childplan\] [^\n]*broken\.yaml:5:32: [^\n]*malformed YAML: expected ',' or '\]'/
assert log.contains('1 plan could not be checked:')
assert log.contains(where)
assert !log.contains('at org.childplan.')
assert !log.contains('Caused by:')
// Nothing could be checked, so no report is written.
assert !new File(basedir, 'target/childplan').exists()
return true
