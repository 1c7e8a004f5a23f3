// The council's pack, given as a jar in the packs parameter, is applied beside the law, and every report keeps its
// standard apart from the statutory duties: the same checks as when the pack is a dependency of the plugin.
return evaluate(new File(basedir, '../local-pack-dependency/verify.groovy'))
