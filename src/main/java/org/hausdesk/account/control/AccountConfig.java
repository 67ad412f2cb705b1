package org.hausdesk.account.control;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account component's settings, {@code hausdesk.account.*} (environment: {@code HAUSDESK_ACCOUNT_*}).
 */
@ConfigProperties(prefix = "hausdesk.account")
@Dependent
public class AccountConfig {

    /** The session cookie's Secure flag; by default on when the base URL is https. */
    @ConfigProperty(name = "secure-cookie")
    Optional<Boolean> secureCookie;

    /** Signing in with the cooperative's cloud (OpenID Connect): the issuer. */
    @ConfigProperty(name = "oidc-provider-uri")
    Optional<String> oidcProviderUri;

    @ConfigProperty(name = "oidc-client-id")
    Optional<String> oidcClientId;

    @ConfigProperty(name = "oidc-client-secret")
    Optional<String> oidcClientSecret;
    public Optional<Boolean> secureCookie() {
        return secureCookie;
    }

    public Optional<String> oidcProviderUri() {
        return oidcProviderUri;
    }

    public Optional<String> oidcClientId() {
        return oidcClientId;
    }

    public Optional<String> oidcClientSecret() {
        return oidcClientSecret;
    }
}
