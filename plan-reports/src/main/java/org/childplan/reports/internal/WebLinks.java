package org.childplan.reports.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Which addresses a report may link to: only http and https addresses with a host.
 *
 * <p>A rule's citation and a regime's instrument come from the pack, which refuses another scheme when it is loaded;
 * the reports check again, so that a {@code javascript:}, {@code data:} or {@code file:} address that reaches them
 * some other way is shown as text and never becomes a link a reader can follow.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WebLinks {

    private WebLinks() {
    }

    /** Whether {@code url} is an http or https address with a host, and so may be linked. */
    public static boolean linkable(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
