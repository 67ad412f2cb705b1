package org.hausdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * API clients sign in with HTTP Basic authentication over TLS. Requests without credentials pass
 * through as anonymous: the public endpoints need none, and every other endpoint refuses them.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Hausdesk")
@ApplicationScoped
public class Authentication {
}
