// The second waiver has 'reason' where 'justification' belongs: the build failed (invoker checks that) before any plan
// was checked, naming the waiver file, line and column and the properties a waiver has; no report was written, since
// reports without the waivers would show accepted findings as open.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /childplan: the waiver file \(childplan\.waivers\) is not valid: [^\n]*plans[\\\/]waivers\.yaml:7:5: unknown property 'reason' in waiver 2: expected [^\n]*justification/
assert !log.contains('[childplan] checking')
assert !log.contains('at org.childplan.')
assert !log.contains('Caused by:')
assert !new File(basedir, 'target/childplan').exists()
return true
