package org.akuntabel.demo;

import org.akuntabel.access.Accounts;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo users' ready-made hashes are Jakarta Security's PBKDF2 format with the application's parameters, each of the
 * password the README documents, and only of that one.
 */
class DemoUsersTest {

    private static final Map<String, String> README = Map.of("admin", "demo-admin-2025", "kebijakan", "demo-kebijakan-2025",
            "operator.beltim", "demo-operator-2025", "auditor", "demo-auditor-2025", "pimpinan.beltim", "demo-pimpinan-2025");

    @Test
    void eachDemoHashIsThePbkdf2OfTheDocumentedPasswordWithTheApplicationsParameters() throws Exception {
        assertEquals(README.keySet(), DemoData.USERS.stream().map(Accounts.DemoUser::username).collect(java.util.stream.Collectors.toSet()));
        for (Accounts.DemoUser user : DemoData.USERS) {
            String[] parts = user.passwordHash().split(":");
            assertEquals(Accounts.HASH_PARAMETERS.get("Pbkdf2PasswordHash.Algorithm"), parts[0]);
            assertEquals(Accounts.HASH_PARAMETERS.get("Pbkdf2PasswordHash.Iterations"), parts[1]);
            assertTrue(matches(README.get(user.username()), parts), user.username());
            assertFalse(matches(README.get(user.username()) + "x", parts));
        }
    }

    @Test
    void theReadmeListsEveryDemoUserWithItsPassword() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        README.forEach((user, password) -> assertTrue(readme.contains("| `" + user + "` | `" + password + "` |"), user));
    }

    private static boolean matches(String password, String[] parts) throws GeneralSecurityException {
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = SecretKeyFactory.getInstance(parts[0])
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8)).getEncoded();
        return MessageDigest.isEqual(expected, actual);
    }
}
