package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NationalFrameworkElementTests {

    @Test
    void theFrameworkOf2023HasFourOutcomesAndThreeEnablers() {
        assertThat(Arrays.stream(NationalFrameworkElement.values()).filter(element -> !element.isEnabler()))
                .containsExactly(NationalFrameworkElement.FAMILIES_STAY_TOGETHER_AND_GET_HELP,
                        NationalFrameworkElement.SUPPORTED_BY_FAMILY_NETWORK,
                        NationalFrameworkElement.SAFE_IN_AND_OUTSIDE_THEIR_HOMES,
                        NationalFrameworkElement.STABLE_LOVING_HOMES);
        assertThat(Arrays.stream(NationalFrameworkElement.values()).filter(NationalFrameworkElement::isEnabler))
                .containsExactly(NationalFrameworkElement.MULTI_AGENCY_WORKING,
                        NationalFrameworkElement.LEADERS_DRIVE_EFFECTIVE_PRACTICE,
                        NationalFrameworkElement.WORKFORCE_EQUIPPED_AND_EFFECTIVE);
    }

    @ParameterizedTest
    @EnumSource(NationalFrameworkElement.class)
    void everyElementOfThe2023EditionAppliesFromItsPublicationOn15December2023(NationalFrameworkElement element) {
        assertThat(element.since()).isEqualTo(LocalDate.of(2023, 12, 15));
    }

    @Test
    void aPriorityWithoutNationalFrameworkTagsServesNone() {
        Priority priority = PriorityBuilder.builder().id("p-1").title("Early help").build();

        assertThat(priority.nationalFramework()).isEmpty();
    }
}
