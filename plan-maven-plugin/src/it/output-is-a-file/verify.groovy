// The plan was checked, but its reports could not be written where a file already is: the build failed saying where
// and why, with no stack trace, and the file was left as it was.
def log = new File(basedir, 'build.log').getText('UTF-8')
def reports = new File(basedir, 'reports')
assert log.contains("childplan: cannot write the reports to ${reports}: ${reports}: already exists, and is not a directory")
assert !log.contains('Caused by:')
assert !log.contains('at org.childplan.')
assert reports.isFile()
return true
