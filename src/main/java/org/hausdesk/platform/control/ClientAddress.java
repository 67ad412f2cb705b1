package org.hausdesk.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from: the connection's, or behind one of
 * {@code hausdesk.platform.trusted-proxies} the last address in {@code X-Forwarded-For} that is not a proxy.
 */
public final class ClientAddress {

    private static volatile Set<String> trustedProxies = Set.of();
    /** The client of the request this thread serves, set by {@code ClientOfRequest} for the request's length. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        var proxies = trustedProxies;
        var remote = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && proxies.contains(remote)) {
            var hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                var hop = hops[i].strip();
                if (!hop.isEmpty() && !proxies.contains(hop)) {
                    return hop;
                }
            }
        }
        return remote;
    }

    /** The address of the client this thread is serving, if it serves a web request. */
    public static java.util.Optional<String> current() {
        return java.util.Optional.ofNullable(CURRENT.get());
    }

    /** From now on this thread serves the request's client; answers who it served before, for {@link #leave}. */
    public static String enter(HttpServletRequest request) {
        var before = CURRENT.get();
        CURRENT.set(of(request));
        return before;
    }

    public static void leave(String before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    /** The reverse proxies whose {@code X-Forwarded-For} is believed (set at start from the configuration). */
    public static void trust(Set<String> proxies) {
        trustedProxies = Set.copyOf(proxies);
    }

    /** The addresses of a comma-separated list (none for an empty one). */
    public static Set<String> listed(String addresses) {
        return Arrays.stream(addresses.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
