// 30 February does not exist: the build failed before checking anything, naming the parameter and the form expected.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("childplan: asOf (childplan.asOf) is '2024-02-30'; expected a date that exists, in ISO form YYYY-MM-DD")
assert !log.contains('[childplan] checking')
assert !log.contains('Caused by:')
assert !new File(basedir, 'target/childplan').exists()
return true
