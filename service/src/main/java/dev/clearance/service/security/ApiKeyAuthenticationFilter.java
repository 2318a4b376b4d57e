package dev.clearance.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the key from {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}. No key
 * leaves the request anonymous (the rules then answer 401 where a key is needed); a key that is
 * not known is answered 401 at once.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final AuthenticationEntryPoint unauthorized;

    ApiKeyAuthenticationFilter(ApiKeys keys, AuthenticationEntryPoint unauthorized) {
        this.keys = keys;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isPresent()) {
            Optional<ApiKey> key = keys.find(presented.get());
            if (key.isEmpty()) {
                unauthorized.commence(request, response, new BadCredentialsException("The API key is not known."));
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new PreAuthenticatedAuthenticationToken(
                    key.get(), null, List.of(new SimpleGrantedAuthority(key.get().role().authority()))));
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).trim()).filter(k -> !k.isEmpty());
        }
        return Optional.ofNullable(request.getHeader(API_KEY_HEADER)).map(String::trim).filter(k -> !k.isEmpty());
    }
}
