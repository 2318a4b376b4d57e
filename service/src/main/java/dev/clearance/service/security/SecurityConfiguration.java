package dev.clearance.service.security;

import dev.clearance.service.system.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may call what. Public: the pre-check page's static files (the page asks for a key and
 * sends it with every API call), health, and the OpenAPI document. Everything else needs a key
 * whose role allows it: the listing, order and participant doors of the matching core take
 * exchange keys; anything not listed needs an admin key. 401 and 403 are problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] DECIDERS = {"READER", "EXCHANGE", "LEGAL", "ADMIN"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, problem(HttpStatus.UNAUTHORIZED, "API key needed",
                    e.getMessage().startsWith("The API key") ? e.getMessage()
                            : "Send an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`."));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response,
                problem(HttpStatus.FORBIDDEN, "Role not allowed",
                        "The key's role may not call " + request.getMethod() + " " + request.getRequestURI() + "."));
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, unauthorized), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/precheck.js", "/precheck.css",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions", "/api/v1/decisions/batch").hasAnyRole(DECIDERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/*", "/api/v1/jurisdictions",
                                "/api/v1/packs").hasAnyRole(DECIDERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/packs/validate", "/api/v1/packs/publish")
                                .hasAnyRole("LEGAL", "ADMIN")
                        .requestMatchers("/api/v1/listings", "/api/v1/listings/**", "/api/v1/participants",
                                "/api/v1/alerts").hasAnyRole("EXCHANGE", "ADMIN")
                        .anyRequest().hasRole("ADMIN"))
                .build();
    }

    /** Spring Security's strict firewall, with header checks that refuse the same headers at less cost. */
    @Bean
    WebSecurityCustomizer strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderChecks.NAMES);
        firewall.setAllowedHeaderValues(HeaderChecks.VALUES);
        return web -> web.httpFirewall(firewall);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
