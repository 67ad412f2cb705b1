package org.hausdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signing in with the cooperative's cloud (OpenID Connect), when configured:
 * {@code hausdesk.oidc.provider-uri} (the issuer, e.g. https://cloud.example.de/apps/oidc or a
 * Keycloak realm), {@code hausdesk.oidc.client-id}, {@code hausdesk.oidc.client-secret}. The cloud
 * account's {@code preferred_username} must be the username of a Hausdesk account: the cloud proves
 * who someone is, Hausdesk still decides what they may do. Read by the mechanism's definition
 * ({@code ${cloudSignIn.providerUri}}) and by the sign-in page.
 */
@Named
@ApplicationScoped
public class CloudSignIn {

    public boolean enabled() {
        return !getProviderUri().isBlank() && !getClientId().isBlank();
    }

    public String getProviderUri() {
        return value("hausdesk.oidc.provider-uri");
    }

    public String getClientId() {
        return value("hausdesk.oidc.client-id");
    }

    public String getClientSecret() {
        return value("hausdesk.oidc.client-secret");
    }

    private static String value(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
    }
}
