package org.hausdesk.account.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.hausdesk.account.entity.Account;
import org.hausdesk.platform.control.Coordinators;

/**
 * Who is asking, for this one request. Access decisions use the account as stored now (role,
 * houses, active), not what the container remembered at sign-in.
 */
@RequestScoped
public class Caller implements Coordinators {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            var principal = security.getCallerPrincipal();
            account = principal == null
                    ? Optional.empty()
                    : accounts.byUsername(principal.getName()).filter(Account::active);
        }
        return account;
    }

    /** A signed-in helper or coordinator, or 401 asking for credentials. */
    public Account staff() {
        return account().orElseThrow(() -> new NotAuthorizedException("Sign in as a helper or coordinator",
                "Basic realm=\"Hausdesk\""));
    }

    /** A signed-in coordinator; 401 for anonymous callers, 403 for helpers. */
    public Account coordinator() {
        var staff = staff();
        if (!staff.isCoordinator()) {
            throw new ForbiddenException("Only a coordinator may do this");
        }
        return staff;
    }

    @Override
    public void requireCoordinator() {
        coordinator();
    }
}
