package org.akuntabel.access.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.akuntabel.access.Accounts;
import org.akuntabel.access.Role;
import org.akuntabel.access.SignInPolicy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Users and roles from the database ({@link Accounts}): the password checked against its PBKDF2 hash, failures counted
 * and locked out. The API is called with HTTP Basic on every request, and PBKDF2 is slow on purpose, so a credential
 * that was just verified is remembered for a minute — as a keyed digest (random key per start), never the password —
 * and forgotten at the first failure for that user.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final long REMEMBER_NANOS = 60_000_000_000L;

    private record Verified(CredentialValidationResult result, long at) {
    }

    @Inject
    private Accounts accounts;

    private final byte[] key = new SecureRandom().generateSeed(32);
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String digest = digest(username, login.getPasswordAsString());
        Verified known = verified.get(digest);
        if (known != null && System.nanoTime() - known.at() < REMEMBER_NANOS) {
            return known.result();
        }
        Accounts.SignIn signIn = accounts.check(username, login.getPassword().getValue());
        if (signIn.outcome() != SignInPolicy.Outcome.VALID) {
            verified.entrySet().removeIf(e -> e.getValue().result().getCallerPrincipal().getName().equals(username));
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = new CredentialValidationResult(username,
                signIn.roles().stream().map(Role::name).collect(Collectors.toSet()));
        verified.put(digest, new Verified(result, System.nanoTime()));
        return result;
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
