package no.mediaweb.supportflow.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services check the caller's roles themselves ({@code @PreAuthorize}), whatever screen or endpoint
 * calls them. JSR-250 method security stays off: Vaadin views carry {@code @RolesAllowed} and
 * {@code @PermitAll} for route access control, and with it on Spring would wrap every such view in
 * a security proxy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {}
