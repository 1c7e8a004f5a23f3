// No plans folder: a warning that says where the goal looked, and a passing build.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[WARNING\] \[childplan\] no plan documents found in [^\n]*no-plans[\\\/]plans \(includes \[\*\*\/\*\.yaml, \*\*\/\*\.yml, \*\*\/\*\.json\]\); nothing to check/
assert !new File(basedir, 'target/childplan').exists()
return true
