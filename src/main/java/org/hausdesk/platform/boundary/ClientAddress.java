package org.hausdesk.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request comes from: the connection's, or behind one of
 * {@code hausdesk.trusted-proxies} the last address in {@code X-Forwarded-For} that is not a proxy.
 */
public final class ClientAddress {

    private static volatile Set<String> trustedProxies;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        var proxies = trustedProxies();
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

    private static Set<String> trustedProxies() {
        if (trustedProxies == null) {
            trustedProxies = Arrays.stream(ConfigProvider.getConfig().getOptionalValue("hausdesk.trusted-proxies",
                            String.class).orElse("").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
        return trustedProxies;
    }
}
