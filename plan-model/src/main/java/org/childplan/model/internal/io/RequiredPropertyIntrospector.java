package org.childplan.model.internal.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Makes the properties the model marks {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} required when read:
 * absent or {@code null} is an error, as in the plan's JSON Schema.
 */
public final class RequiredPropertyIntrospector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    /** Whether {@code annotated} carries one of the constraints that make a property required. */
    public static boolean isRequired(Annotated annotated) {
        return annotated.hasAnnotation(NotNull.class)
                || annotated.hasAnnotation(NotBlank.class)
                || annotated.hasAnnotation(NotEmpty.class);
    }

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        return isRequired(member) ? Boolean.TRUE : null;
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated annotated) {
        return isRequired(annotated) ? JsonSetter.Value.forValueNulls(Nulls.FAIL) : JsonSetter.Value.empty();
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }
}
