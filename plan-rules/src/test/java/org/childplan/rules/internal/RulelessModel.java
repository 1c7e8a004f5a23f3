package org.childplan.rules.internal;

import org.drools.model.impl.ModelImpl;

/** An executable model with no rules, as the kie-maven-plugin writes for a package whose DRL holds none. */
public class RulelessModel extends ModelImpl {

    @Override
    public String getPackageName() {
        return "org.childplan.rules.empty";
    }
}
