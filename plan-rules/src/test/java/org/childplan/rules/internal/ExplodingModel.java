package org.childplan.rules.internal;

import org.drools.model.impl.ModelImpl;

/** An executable model that cannot be instantiated: it stands for another pack's rules, which loading must not build. */
public class ExplodingModel extends ModelImpl {

    /** Always fails. */
    public ExplodingModel() {
        throw new IllegalStateException("another pack's model was instantiated");
    }
}
