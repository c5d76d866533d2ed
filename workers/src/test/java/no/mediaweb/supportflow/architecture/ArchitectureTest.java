package no.mediaweb.supportflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.camunda.client.annotation.JobWorker;

/** The direction of dependencies between the workers module's features, checked on the main classes. */
@AnalyzeClasses(packages = "no.mediaweb.supportflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "no.mediaweb.supportflow";

  @ArchTest
  static final ArchRule feature_packages_depend_on_each_other_without_cycles =
      slices().matching(ROOT + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule sla_arithmetic_depends_on_no_feature_but_common =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".sla..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + ".sla..", ROOT + ".common.."))));

  @ArchTest
  static final ArchRule job_worker_methods_live_in_classes_named_worker =
      methods().that().areAnnotatedWith(JobWorker.class).should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Worker");

  @ArchTest
  static final ArchRule main_code_never_depends_on_the_embedded_test_services =
      noClasses().that().resideInAPackage(ROOT + "..").should().dependOnClassesThat().resideInAPackage(ROOT + ".testing..");
}
