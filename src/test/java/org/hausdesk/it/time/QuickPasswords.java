package org.hausdesk.it.time;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.HashMap;
import java.util.Map;
import org.hausdesk.account.control.Passwords;

/**
 * The integration tests' password hashing, added to the test deployment only (never to the jar): the same PBKDF2
 * with the fewest iterations it allows instead of 210,000. The tests make hundreds of accounts and sign-ins, and at
 * 0.1–0.25 s each the hashing was most of the shared server's processor time in a run (JFR). Everything
 * else about passwords stays as it is; the servers the crash test and the two-server test start run the jar's WAR,
 * with the real iterations.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class QuickPasswords extends Passwords {

    @Override
    protected Map<String, String> parameters() {
        var parameters = new HashMap<>(super.parameters());
        parameters.put("Pbkdf2PasswordHash.Iterations", "1024"); // Soteria refuses fewer
        return Map.copyOf(parameters);
    }
}
