// Glenardoch, the example plan that meets every duty, copied from the example jar the build unpacks; beside it a
// waiver file the project does not configure and a linter's SARIF log. The first execution adds childplan's JSON report.
def plans = new File(basedir, 'plans')
plans.mkdirs()
new File(plans, 'glenardoch-csp-2023-2026.yaml').bytes = new File(examples, 'glenardoch-csp-2023-2026.yaml').bytes
new File(plans, 'waivers.yaml').setText('''\
# Kept for the next plan; not configured in this build.
waivers:
  - ruleId: SCO-CYPSA-S10-PUBLICATION
    justification: The plan is published with the board's minutes.
    approvedBy: Chair, Glenardoch Children's Services Partnership Board
    expires: 2099-12-31
''', 'UTF-8')
new File(plans, 'lint.sarif.json').setText('''\
{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "yamllint"}}, "results": []}]}
''', 'UTF-8')
return true
