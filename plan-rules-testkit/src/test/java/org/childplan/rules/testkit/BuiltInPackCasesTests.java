package org.childplan.rules.testkit;

import java.util.stream.Stream;
import org.childplan.rules.RulePacks;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule cases of every built-in pack, run through the testkit as any pack's own tests run them: each pack's cases
 * and base plans lie beside its DRLs' path in the tests of plan-rules.
 */
class BuiltInPackCasesTests {

    @TestFactory
    Stream<DynamicNode> everyBuiltInPackPassesItsCases() {
        return RulePacks.available().stream()
                .map(pack -> DynamicContainer.dynamicContainer(pack.id(), RuleCases.forPack(pack).tests()));
    }
}
