package org.akuntabel.access.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Sign-in for the whole application. Pages: the form on {@code /login.xhtml} (its bean calls
 * {@code SecurityContext.authenticate} with the credential); on success the session id is changed and the user kept in
 * the session; a page asked for without a session redirects to the form. API ({@code /api/}): HTTP Basic on each request
 * (or, for reading only, the session of a signed-in page user); without valid credentials {@code 401} with
 * {@code WWW-Authenticate: Basic} and a JSON body. Only the form, the error page and static resources are public.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in user. */
    static final String SESSION_USER = "akuntabel.user";

    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");

        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // the sign-in form
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_USER, new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }

        HttpSession session = request.getSession(false);
        SignedIn user = session == null ? null : (SignedIn) session.getAttribute(SESSION_USER);
        if (user != null && (!api || "GET".equals(request.getMethod()))) {
            return context.notifyContainerAboutLogin(user.name(), user.groups());
        }

        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // tools and tests may read pages with Basic too; nothing is kept in a session for them
            UsernamePasswordCredential basic = basic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            if (api) {
                return unauthorized(response);
            }
        }
        if (api) {
            return unauthorized(response);
        }

        if (publicPath(path)) {
            return context.doNothing();
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    static boolean publicPath(String path) {
        return path.equals("/login.xhtml") || path.equals("/error.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.equals("/favicon.ico")
                // Arquillian's in-container test runner, present only in test deployments
                || path.startsWith("/ArquillianServletRunner");
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            // answered before any filter runs: the same protective headers as every other API answer
            response.setHeader("Content-Security-Policy", org.akuntabel.web.SecurityHeaders.API_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("WWW-Authenticate", "Basic realm=\"Akuntabel\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"Masuk dulu: kirim nama pengguna dan kata sandi (HTTP Basic)\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
