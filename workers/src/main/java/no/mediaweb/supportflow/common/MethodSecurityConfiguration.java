package no.mediaweb.supportflow.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Services check the caller's roles themselves, whatever screen or endpoint calls them. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {}
