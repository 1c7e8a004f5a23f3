// A plan to check, which the malformed waiver file stops before it is read.
// The plan is plan-examples' own: the build unpacks the example jar and this copies the plan into the project, so that
// the test never checks a hand-kept copy.
def plans = new File(basedir, 'plans')
plans.mkdirs()
new File(plans, 'moray-csp-2017-2020.yaml').bytes = new File(examples, 'moray-csp-2017-2020.yaml').bytes
return true
