package org.hausdesk.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hausdesk.platform.entity.InvalidInput;

/**
 * Hashes and verifies passwords with the platform's PBKDF2 ({@code PBKDF2WithHmacSHA512}, 210,000
 * iterations as OWASP recommends). One verification costs about a tenth of a second by design; so
 * that an API client signing every request with Basic authentication does not pay it each time, a
 * successful verification is remembered for a few minutes, keyed by a keyed digest of the password
 * (never the password itself).
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    private final byte[] cacheKey = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String storedHash, byte[] digest, Instant until) {
    }

    @PostConstruct
    void init() {
        hash.initialize(parameters());
        new SecureRandom().nextBytes(cacheKey);
    }

    /**
     * PBKDF2's settings for new hashes; a stored hash names its own algorithm and iterations, so that it is verified
     * as it was made. (The integration tests' deployment makes its many test accounts with fewer iterations.)
     */
    protected Map<String, String> parameters() {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64");
    }

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput("A password needs at least %d characters".formatted(MIN_LENGTH));
        }
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String username, String password, String storedHash) {
        var digest = digest(username, password);
        var now = clock.instant();
        var remembered = verified.get(username);
        if (remembered != null && remembered.storedHash().equals(storedHash) && now.isBefore(remembered.until())
                && MessageDigest.isEqual(remembered.digest(), digest)) {
            return true;
        }
        boolean ok = hash.verify(password.toCharArray(), storedHash);
        if (ok) {
            verified.put(username, new Verified(storedHash, digest, now.plus(REMEMBER)));
        }
        return ok;
    }

    private byte[] digest(String username, String password) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(cacheKey);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
