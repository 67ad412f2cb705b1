package org.hausdesk.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.control.AccountConfig;

/**
 * Signing in with the cooperative's cloud (OpenID Connect), when configured:
 * {@code hausdesk.account.oidc-provider-uri} (the issuer, e.g. https://cloud.example.de/apps/oidc or a
 * Keycloak realm), {@code hausdesk.account.oidc-client-id}, {@code hausdesk.account.oidc-client-secret}. The cloud
 * account's {@code preferred_username} must be the username of a Hausdesk account: the cloud proves
 * who someone is, Hausdesk still decides what they may do. Read by the mechanism's definition
 * ({@code ${cloudSignIn.providerUri}}) and by the sign-in page.
 */
@Named
@ApplicationScoped
public class CloudSignIn {

    @Inject
    @ConfigProperties
    AccountConfig settings;

    public boolean enabled() {
        return !getProviderUri().isBlank() && !getClientId().isBlank();
    }

    public String getProviderUri() {
        return settings.oidcProviderUri().orElse("");
    }

    public String getClientId() {
        return settings.oidcClientId().orElse("");
    }

    public String getClientSecret() {
        return settings.oidcClientSecret().orElse("");
    }
}
