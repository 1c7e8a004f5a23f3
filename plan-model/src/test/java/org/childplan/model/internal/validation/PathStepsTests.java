package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.model.internal.validation.PathSteps.Step;
import org.junit.jupiter.api.Test;

class PathStepsTests {

    @Test
    void stepsMakeAJsonPointer() {
        assertThat(PathSteps.pointer(List.of(Step.named("actions"), Step.at(2), Step.named("lead"))))
                .isEqualTo("/actions/2/lead");
        assertThat(PathSteps.pointer(List.of(Step.named("bodies"), Step.at(0)))).isEqualTo("/bodies/0");
    }

    @Test
    void noStepsPointAtTheWholeDocument() {
        assertThat(PathSteps.pointer(List.of())).isEmpty();
    }

    @Test
    void slashesAndTildesInKeysAreEscapedAsRfc6901Says() {
        assertThat(PathSteps.pointer(List.of(Step.named("extensions"), Step.at("a/b~c"))))
                .isEqualTo("/extensions/a~1b~0c");
    }
}
