package org.childplan.model.internal.validation;

import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Interpolates messages from childplan's own bundle, with parameters only (no Jakarta Expression Language).
 *
 * <p>Hibernate Validator's {@link ParameterMessageInterpolator} reads messages from the root {@code ValidationMessages}
 * bundle, which an embedding application may ship too (and then only one of the two is found). This interpolator reads
 * {@value #BUNDLE} first instead, so childplan's messages cannot clash with the application's, and hands the
 * parameters to a {@link ParameterMessageInterpolator}. Messages are in English, whatever the default locale.
 */
public final class ChildplanMessageInterpolator extends AbstractMessageInterpolator {

    /** The bundle of childplan's messages, keyed by the constraint annotations' full names. */
    public static final String BUNDLE = "org.childplan.model.validation.ChildplanValidationMessages";

    private static final Set<Locale> LOCALES = Set.of(Locale.ENGLISH);

    private final ParameterMessageInterpolator parameters = new ParameterMessageInterpolator(LOCALES, Locale.ENGLISH, false);

    /** Creates the interpolator. */
    public ChildplanMessageInterpolator() {
        super(new PlatformResourceBundleLocator(BUNDLE, LOCALES, ChildplanMessageInterpolator.class.getClassLoader()),
                LOCALES, Locale.ENGLISH, context -> Locale.ENGLISH, false);
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        return parameters.interpolate(term, context, locale);
    }
}
