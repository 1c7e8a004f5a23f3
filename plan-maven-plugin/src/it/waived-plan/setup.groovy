// Moray, the example plan, with plans/waivers.yaml waiving each of its errors: both come from plan-examples, the plan
// from the example jar the build unpacks, the waivers from the errors of the example's pinned report, so that a rule
// that changes Moray's errors changes neither file by hand.
def plans = new File(basedir, 'plans')
plans.mkdirs()
new File(plans, 'moray-csp-2017-2020.yaml').bytes = new File(examples, 'moray-csp-2017-2020.yaml').bytes

def pinned = new File(pinnedReports, 'moray-csp-2017-2020.report.txt').readLines('UTF-8')
// "  ERROR not evidenced SCO-... at /pointer ...": an error that counts (a duty not yet due does not).
def errors = pinned.findResults { line ->
    def error = line =~ /^  ERROR (not met|not evidenced) (\S+) at /
    error.find() ? error.group(2) : null
}.unique()
assert !errors.isEmpty()
def waivers = new StringBuilder("# Moray's partnership accepts the errors of its 2017-2020 plan while the 2020-2023 plan is prepared.\n")
waivers << 'waivers:\n'
errors.each { ruleId ->
    waivers << "  - ruleId: ${ruleId}\n"
    waivers << '    planId: moray-csp-2017-2020\n'
    waivers << '    justification: The 2020-2023 plan, consulted on and published in full, replaces this one.\n'
    waivers << "    approvedBy: Chair, Moray Children's Services Partnership\n"
    waivers << '    expires: 2099-12-31\n'
}
new File(plans, 'waivers.yaml').setText(waivers.toString(), 'UTF-8')
return true
