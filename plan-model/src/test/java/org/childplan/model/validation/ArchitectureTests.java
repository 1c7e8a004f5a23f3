package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** The public packages of plan-model keep to the split between API and internals. */
class ArchitectureTests {

    private static final List<String> PUBLIC_PACKAGES = List.of("org.childplan.model", "org.childplan.model.validation");

    @Test
    void publicTypesDoNotExposeInternalTypes() {
        List<String> exposures = new ArrayList<>();
        for (String packageName : PUBLIC_PACKAGES) {
            for (Class<?> type : PackageClasses.in(packageName)) {
                if (Modifier.isPublic(type.getModifiers())) {
                    exposures.addAll(internalTypesExposedBy(type));
                }
            }
        }

        assertThat(exposures).isEmpty();
    }

    @Test
    void everyPublicTypeOfTheValidationPackageDeclaresItsStability() {
        assertThat(PackageClasses.in("org.childplan.model.validation"))
                .filteredOn(type -> Modifier.isPublic(type.getModifiers()))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(type.getAnnotation(API.class)).as(type.getName()).isNotNull()
                        .extracting(API::since).isEqualTo("0.1"));
    }

    @Test
    void validatorsLiveInTheInternalPackage() {
        assertThat(PackageClasses.in("org.childplan.model.validation"))
                .noneMatch(jakarta.validation.ConstraintValidator.class::isAssignableFrom);
    }

    private static List<String> internalTypesExposedBy(Class<?> type) {
        List<String> exposures = new ArrayList<>();
        Stream<String> signatures = Stream.of(
                Stream.of(String.valueOf(type.getGenericSuperclass())),
                Arrays.stream(type.getGenericInterfaces()).map(String::valueOf),
                Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> isVisible(method.getModifiers()) && !method.isSynthetic())
                        .map(Method::toGenericString),
                Arrays.stream(type.getDeclaredConstructors())
                        .filter(constructor -> isVisible(constructor.getModifiers()))
                        .map(Constructor::toGenericString),
                Arrays.stream(type.getDeclaredFields())
                        .filter(field -> isVisible(field.getModifiers()))
                        .map(Field::toGenericString))
                .flatMap(stream -> stream);
        signatures.filter(signature -> signature.contains(".internal."))
                .forEach(signature -> exposures.add(type.getName() + ": " + signature));
        return exposures;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
