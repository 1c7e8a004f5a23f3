// 'pdf' is not the name of a report writer: the build failed before checking anything, naming the parameter and the
// formats there are (every writer's name, text included).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("childplan: formats (childplan.formats) names 'pdf'; expected one of text, json, sarif, junit, markdown, html, github, gitlab")
assert !log.contains('[childplan] checking')
assert !log.contains('Caused by:')
assert !new File(basedir, 'target/childplan').exists()
return true
