package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childplan.model.internal.validation.ChildplanMessageInterpolator;
import org.childplan.model.internal.validation.PlanReferences;
import org.junit.jupiter.api.Test;

/** Every message childplan can produce is in its own bundle, in its own words. */
class MessageBundleTests {

    private final ResourceBundle bundle = ResourceBundle.getBundle(ChildplanMessageInterpolator.BUNDLE, Locale.ROOT);

    @Test
    void everyConstraintOnTheModelHasAMessageInChildplansBundle() {
        Set<String> constraints = constraintsOnTheModel();

        assertThat(constraints).as("constraints found on the model")
                .contains("jakarta.validation.constraints.NotBlank", "org.childplan.model.validation.Identifier",
                        "org.childplan.model.validation.ReferencesResolve");
        assertThat(constraints).allSatisfy(constraint ->
                assertThat(bundle.containsKey(constraint + ".message")).as(constraint + ".message").isTrue());
    }

    @Test
    void everyKindOfReferenceHasItsOwnSentence() {
        assertThat(PlanReferences.Kind.values()).allSatisfy(kind -> assertThat(
                bundle.getString("org.childplan.model.validation.ReferencesResolve." + kind.name()))
                .contains("{owner}", "{target}", "but the plan has no"));
    }

    @Test
    void everyMessageKeyOfTheBundleIsKeyedByAConstraintsFullName() {
        assertThat(bundle.keySet()).allSatisfy(key -> {
            String annotation = key.substring(0, key.lastIndexOf('.'));
            assertThat(Class.forName(annotation).isAnnotationPresent(Constraint.class)).as(key).isTrue();
        });
    }

    private static Set<String> constraintsOnTheModel() {
        Set<String> constraints = new TreeSet<>();
        for (Class<?> type : PackageClasses.in("org.childplan.model")) {
            Arrays.stream(type.getAnnotations()).forEach(annotation -> addIfConstraint(annotation, constraints));
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Arrays.stream(field.getAnnotations()).forEach(annotation -> addIfConstraint(annotation, constraints));
                typeUses(field.getAnnotatedType()).forEach(annotation -> addIfConstraint(annotation, constraints));
            }
        }
        return constraints;
    }

    private static Stream<Annotation> typeUses(AnnotatedType type) {
        Stream<Annotation> own = Arrays.stream(type.getAnnotations());
        if (type instanceof AnnotatedParameterizedType parameterized) {
            return Stream.concat(own, Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
                    .flatMap(MessageBundleTests::typeUses));
        }
        return own;
    }

    private static void addIfConstraint(Annotation annotation, Set<String> constraints) {
        if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
            constraints.add(annotation.annotationType().getName());
        }
    }
}
