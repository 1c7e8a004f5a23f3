package org.childplan.model;

import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A part of a record of the model: a component that holds a record of its own or a list of them, such as the plan's
 * {@code governance} or its {@code actions}.
 *
 * <p>The parts of a record are the components that validation cascades into ({@code @Valid} on the component or on
 * its list's elements), in the order of the record's components. They are worked out from the record's components
 * once per record type, so that a new part of {@link Plan} is one component: whatever walks the plan's parts (the
 * facts a check inserts, the names of elements in sentences) finds it without a list kept by hand. A value such as a
 * {@link PartialDate} is not a part.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanPart {

    private static final ClassValue<List<PlanPart>> PARTS = new ClassValue<>() {
        @Override
        protected List<PlanPart> computeValue(Class<?> type) {
            return find(type);
        }
    };

    /** The arguments of an accessor, shared so that reading a part allocates nothing. */
    private static final Object[] NO_ARGUMENTS = {};

    private final String name;
    private final boolean list;
    private final Class<?> elementType;
    private final Method accessor;

    private PlanPart(String name, boolean list, Class<?> elementType, Method accessor) {
        this.name = name;
        this.list = list;
        this.elementType = elementType;
        this.accessor = accessor;
    }

    /** The parts of the plan, in the order of {@link Plan}'s components. */
    public static List<PlanPart> ofPlan() {
        return of(Plan.class);
    }

    /**
     * The parts of records of {@code type}, in the order of its components; empty when it has none.
     *
     * @throws IllegalArgumentException if {@code type} is not a record
     */
    public static List<PlanPart> of(Class<? extends Record> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return PARTS.get(type);
    }

    /** The component's name, which is also its property in a plan document: {@code governance}, {@code actions}. */
    public String name() {
        return name;
    }

    /** Whether the part holds a list of elements rather than one. */
    public boolean isList() {
        return list;
    }

    /** The type of the part's element: the component's type, or that of its list's elements. */
    public Class<?> elementType() {
        return elementType;
    }

    /**
     * What the part holds in {@code owner}: its element, {@code null} when it has none, or its list of elements (never
     * {@code null}, and possibly with {@code null} elements where validation has yet to report them).
     *
     * @throws IllegalArgumentException if {@code owner} is not of the record type this is a part of
     */
    public Object valueIn(Record owner) {
        try {
            return accessor.invoke(owner, NO_ARGUMENTS);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("reading " + name + " failed", cause);
        }
    }

    /** The elements the part holds in {@code owner}: the one element, or the list's elements, without nulls. */
    public List<Object> elementsIn(Record owner) {
        Object value = valueIn(owner);
        if (value == null) {
            return List.of();
        }
        if (!list) {
            return List.of(value);
        }
        List<Object> elements = new ArrayList<>();
        for (Object element : (List<?>) value) {
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    @Override
    public String toString() {
        return accessor.getDeclaringClass().getSimpleName() + "." + name + (list ? "[]" : "");
    }

    private static List<PlanPart> find(Class<?> type) {
        List<PlanPart> parts = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            AnnotatedType annotated = component.getAnnotatedType();
            if (component.getType() == List.class && annotated instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
                if (element.isAnnotationPresent(Valid.class) && element.getType() instanceof Class<?> elementType) {
                    parts.add(new PlanPart(component.getName(), true, elementType, component.getAccessor()));
                }
            } else if (annotated.isAnnotationPresent(Valid.class)
                    || component.getAccessor().isAnnotationPresent(Valid.class)) {
                parts.add(new PlanPart(component.getName(), false, component.getType(), component.getAccessor()));
            }
        }
        return List.copyOf(parts);
    }
}
