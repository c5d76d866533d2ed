package no.mediaweb.supportflow.ticket;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TicketProperties.class, CustomerLinkProperties.class})
class TicketConfiguration {}
