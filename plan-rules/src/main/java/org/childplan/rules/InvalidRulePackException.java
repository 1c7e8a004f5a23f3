package org.childplan.rules;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.rules.spi.RulePack;

/**
 * A rule pack cannot be used: its location is missing or holds no pack, or the pack's build left it without rules,
 * with a rule whose metadata is missing or wrong, or with two rules of one id.
 *
 * <p>The message names where the pack was found (a jar or a folder of compiled classes) when that is known, then the
 * pack and the reason, for example
 * {@code target/acme-pack.jar: rule pack 'acme', rule "Aims": metadata @id("...") is missing or empty}. A pack error
 * is the pack author's to fix, not a fault of the plan checked nor of this library: {@link RulePacks#load(java.util.List)}
 * refuses such a pack before any plan is read, and {@link PlanChecker.Builder#build()} before it checks one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class InvalidRulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String packId;
    private final String reason;

    /**
     * A pack that cannot be used, found at {@code location} (or at no known place when {@code null}).
     *
     * @param location the jar or folder the pack was loaded from, or {@code null}
     * @param packId the pack's id, or {@code null} when the location holds no pack that could be loaded
     * @param reason what is wrong, a sentence for the pack's author
     * @param cause the error that revealed it, or {@code null}
     */
    public InvalidRulePackException(String location, String packId, String reason, Throwable cause) {
        super((location == null ? "" : location + ": ") + Objects.requireNonNull(reason, "reason"), cause);
        this.location = location;
        this.packId = packId;
        this.reason = reason;
    }

    /**
     * {@code pack} cannot be used for {@code reason}; the location is where the pack's classes were loaded from.
     *
     * @param pack the pack
     * @param reason what is wrong, a sentence for the pack's author
     * @param cause the error that revealed it, or {@code null}
     * @return the exception, to be thrown
     */
    public static InvalidRulePackException of(RulePack pack, String reason, Throwable cause) {
        return new InvalidRulePackException(locationOf(pack), idOf(pack), reason, cause);
    }

    /** The id {@code pack} gives, or {@code null} when it gives none or fails to: the pack may be why it is refused. */
    private static String idOf(RulePack pack) {
        try {
            return pack.id();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The jar or folder the pack was loaded from, when known. */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /** The id of the pack, when a pack could be loaded at all. */
    public Optional<String> packId() {
        return Optional.ofNullable(packId);
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    /** The jar or folder the classes of {@code pack} come from, or {@code null} when the JVM does not say. */
    private static String locationOf(RulePack pack) {
        try {
            CodeSource source = pack.getClass().getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null
                    : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException
                | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
