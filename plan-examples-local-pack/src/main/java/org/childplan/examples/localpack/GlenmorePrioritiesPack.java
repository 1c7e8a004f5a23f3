package org.childplan.examples.localpack;

import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.spi.RulePack;

/**
 * A council's own rule pack: the standards Glenmore Council (a fictional Scottish council) has set for its children's
 * services plans, beside the law the built-in Scotland pack applies.
 *
 * <p>Found by {@link java.util.ServiceLoader} through {@code META-INF/services/org.childplan.rules.spi.RulePack}; its
 * rules rest on the council's performance framework, not on an Act, and say so with {@code @basis("LOCAL_STANDARD")}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GlenmorePrioritiesPack implements RulePack {

    /** Creates the pack; called by {@link java.util.ServiceLoader}. */
    public GlenmorePrioritiesPack() {
    }

    @Override
    public String id() {
        return "glenmore";
    }

    @Override
    public String title() {
        return "Glenmore Council Children's Services Performance Framework 2024";
    }

    @Override
    public String version() {
        return "2024.1";
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.SCOTLAND;
    }

    @Override
    public String rulePackage() {
        return "org.childplan.examples.localpack";
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-examples-local-pack/drools-model";
    }
}
