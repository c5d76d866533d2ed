package no.mediaweb.supportflow.common;

import io.camunda.client.annotation.Deployment;
import org.springframework.context.annotation.Configuration;

/** Deploys every BPMN and DMN of the processes module at start-up; unchanged files keep their version. */
@Configuration(proxyBeanMethods = false)
@Deployment(resources = {"classpath*:*.bpmn", "classpath*:*.dmn"})
class ProcessDeploymentConfiguration {}
