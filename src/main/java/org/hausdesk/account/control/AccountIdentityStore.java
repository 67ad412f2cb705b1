package org.hausdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.hausdesk.platform.control.ClientAddress;

/** Checks a helper's or coordinator's username and password against the stored PBKDF2 hash. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Verifying a made-up password against this keeps the time for unknown users close to that of known ones. */
    private volatile String decoyHash;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var username = Accounts.normalizeUsername(login.getCaller());
        var password = login.getPasswordAsString();
        var address = ClientAddress.of(request);
        if (!throttle.mayTry(username, address)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var account = accounts.byUsername(username).filter(a -> a.active());
        if (account.isEmpty()) {
            passwords.verify("\u0000decoy", password, decoy());
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.verify(username, password, account.get().passwordHash())) {
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(username, Set.of(account.get().role().name()));
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-that-never-matches");
        }
        return decoyHash;
    }
}
