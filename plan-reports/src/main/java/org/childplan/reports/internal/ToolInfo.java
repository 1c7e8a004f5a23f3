package org.childplan.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The name and version of the tool that writes the reports, from the build.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ToolInfo {

    /** The tool's name, as code-scanning tools show it. */
    public static final String NAME = "childplan";

    /** The version of this module, written into its jar by the build. */
    public static final String VERSION = readVersion();

    private ToolInfo() {
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the plan-reports jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
