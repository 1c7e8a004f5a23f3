package org.childplan.model.internal.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.childplan.model.Plan;

/**
 * Finds, quickly, whether a plan lacks a value its constraints require or has a list with a missing element: what code
 * that walks a plan without validating it first would trip over.
 *
 * <p>A full validation costs many times a check of the plan; this walk costs a small part of one. It reads the
 * {@code @NotNull} and {@code @NotBlank} of each record component (on its accessor) once per record class, and treats
 * every list of the model as one whose elements are required, as the model declares them. It is a screen, not a
 * validation: when it finds something, validate to say what and where.
 */
public final class MissingValues {

    private static final String MODEL_PACKAGE = Plan.class.getPackageName();

    /** The components to look at of each model record. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            return componentsOf(type);
        }
    };

    private static final Component[] NONE = {};


    private MissingValues() {
    }

    /** Whether a required value or a list element is missing anywhere in {@code plan}. */
    public static boolean in(Plan plan) {
        return missingIn(plan);
    }

    private static boolean missingIn(Object record) {
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object value = component.getter().apply(record);
            if (value == null) {
                if (component.required()) {
                    return true;
                }
            } else if (component.kind() == Kind.RECORD_LIST) {
                for (Object element : (List<?>) value) {
                    if (element == null || missingIn(element)) {
                        return true;
                    }
                }
            } else if (component.kind() == Kind.VALUE_LIST) {
                for (Object element : (List<?>) value) {
                    if (element == null) {
                        return true;
                    }
                }
            } else if (component.kind() == Kind.RECORD && missingIn(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModelRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals(MODEL_PACKAGE);
    }

    private static Component[] componentsOf(Class<?> type) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        List<Component> components = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Kind kind = kindOf(component);
            boolean required = component.getAccessor().isAnnotationPresent(NotNull.class)
                    || component.getAccessor().isAnnotationPresent(NotBlank.class);
            if ((kind != Kind.VALUE || required) && !component.getType().isPrimitive()) {
                components.add(new Component(getter(lookup, type, component), required, kind));
            }
        }
        return components.toArray(NONE);
    }

    private static Kind kindOf(RecordComponent component) {
        if (component.getType() == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return element instanceof Class<?> elementClass && isModelRecord(elementClass) ? Kind.RECORD_LIST
                    : Kind.VALUE_LIST;
        }
        return isModelRecord(component.getType()) ? Kind.RECORD : Kind.VALUE;
    }

    /** A function that calls the accessor of {@code component}, as fast as a call written in code. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(MethodHandles.Lookup lookup, Class<?> type, RecordComponent component) {
        try {
            MethodHandle accessor = lookup.unreflect(component.getAccessor());
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    accessor, MethodType.methodType(component.getType(), type)).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + component.getName(), e);
        }
    }

    /** What a component holds, and so how far the walk goes into it. */
    private enum Kind { VALUE, RECORD, VALUE_LIST, RECORD_LIST }

    private record Component(Function<Object, Object> getter, boolean required, Kind kind) {
    }
}
