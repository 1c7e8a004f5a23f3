package org.childplan.rules.internal;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.spi.RulePack;

/**
 * Checks what a rule pack says of itself before anything relies on it: a pack is code from outside the library, and a
 * {@code null} title or a {@code jurisdiction()} that throws would otherwise surface as a fault of the library.
 *
 * <p>Each of {@link RulePack#id()}, {@link RulePack#title()}, {@link RulePack#version()},
 * {@link RulePack#jurisdiction()}, {@link RulePack#rulePackage()}, {@link RulePack#executableModelIndex()} and
 * {@link RulePack#classLoader()} must return a value (a string that is not blank) without throwing, and the id must be
 * a short lower-case id ({@link #ID_RULE}). A pack whose classes cannot link is unusable too:
 * {@link #linkageProblem(LinkageError)} says which class is missing.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PackContract {

    /** What a pack's id may be, in words for the pack's author. */
    public static final String ID_RULE = "a short lower-case id: letters a-z and digits 0-9, in words joined by single"
            + " hyphens, starting with a letter, at most 40 characters (for example northern-ireland)";

    static final int ID_MAX_LENGTH = 40;

    private static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private PackContract() {
    }

    /**
     * Refuses {@code pack} when one of its descriptive methods returns nothing usable or throws, or its id is not a
     * short lower-case id.
     *
     * @param location where the pack was loaded from, or {@code null} for where its class comes from
     * @throws InvalidRulePackException naming the pack's class, the method and what it returned or threw
     */
    public static void require(RulePack pack, String location) {
        String id = text(pack, location, "id", RulePack::id);
        if (id.length() > ID_MAX_LENGTH || !ID_PATTERN.matcher(id).matches()) {
            throw refused(pack, location, null, "id() returned '" + id + "'; a pack's id must be " + ID_RULE, null);
        }
        text(pack, location, "title", RulePack::title);
        text(pack, location, "version", RulePack::version);
        value(pack, location, "jurisdiction", RulePack::jurisdiction);
        text(pack, location, "rulePackage", RulePack::rulePackage);
        text(pack, location, "executableModelIndex", RulePack::executableModelIndex);
        value(pack, location, "classLoader", RulePack::classLoader);
    }

    /**
     * What {@code failure} says of a pack whose classes cannot link, for its author: for a class that cannot be
     * found, the class's name.
     */
    public static String linkageProblem(LinkageError failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof NoClassDefFoundError && !message.isBlank() && !message.contains(" ")) {
            return "its classes cannot link: the class " + message.replace('/', '.') + " cannot be found"
                    + " (NoClassDefFoundError); is a jar or class it needs missing from the pack?";
        }
        Throwable cause = failure.getCause();
        return "its classes cannot link: " + failure.getClass().getSimpleName()
                + (message.isBlank() ? "" : ": " + message)
                + (cause == null || message.contains(String.valueOf(cause.getMessage())) ? "" : " (" + cause + ")");
    }

    private static String text(RulePack pack, String location, String method, Function<RulePack, String> call) {
        String text = value(pack, location, method, call);
        if (text.isBlank()) {
            throw refused(pack, location, method, "returned a blank string", null);
        }
        return text;
    }

    private static <T> T value(RulePack pack, String location, String method, Function<RulePack, T> call) {
        T value;
        try {
            value = call.apply(pack);
        } catch (RuntimeException e) {
            throw refused(pack, location, method, "threw " + e, e);
        } catch (LinkageError e) {
            throw refused(pack, location, method, "failed: " + linkageProblem(e), e);
        }
        if (value == null) {
            throw refused(pack, location, method, "returned null", null);
        }
        return value;
    }

    private static InvalidRulePackException refused(
            RulePack pack, String location, String method, String problem, Throwable cause) {
        String reason = "rule pack class " + pack.getClass().getName() + ": "
                + (method == null ? problem : method + "() " + problem + "; RulePack." + method + "() must return a value and"
                        + " must not throw");
        return location == null
                ? InvalidRulePackException.of(pack, reason, cause)
                : new InvalidRulePackException(location, null, reason, cause);
    }
}
