package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;

/** For the page template: who is signed in, if anyone. */
@Named
@RequestScoped
public class Me {

    @Inject
    Caller caller;

    public boolean signedIn() {
        return caller.account().isPresent();
    }

    public String name() {
        return caller.account().map(Account::displayName).orElse("");
    }

    public boolean coordinator() {
        return caller.account().map(Account::isCoordinator).orElse(false);
    }
}
