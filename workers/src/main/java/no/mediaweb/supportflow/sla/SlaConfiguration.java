package no.mediaweb.supportflow.sla;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaProperties.class)
class SlaConfiguration {}
