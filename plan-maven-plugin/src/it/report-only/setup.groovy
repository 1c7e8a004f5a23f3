// Moray, whose errors a report-only build reports without failing; council/plans/drafts/broken.yaml stays a file of
// this test, as the file set must leave it out.
// The plan is plan-examples' own: the build unpacks the example jar and this copies the plan into the project, so that
// the test never checks a hand-kept copy.
def plans = new File(basedir, 'council/plans')
plans.mkdirs()
new File(plans, 'moray-csp-2017-2020.yaml').bytes = new File(examples, 'moray-csp-2017-2020.yaml').bytes
return true
