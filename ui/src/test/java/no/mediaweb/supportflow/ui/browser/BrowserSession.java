package no.mediaweb.supportflow.ui.browser;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts Chromium before a {@link BrowserTest} class, hands it to the test's {@link Browser}
 * field, saves a screenshot named after the failing test, and closes the browser afterwards.
 */
final class BrowserSession
    implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSession.class);

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (!Browser.installed()) {
      return;
    }
    int width =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
            .map(BrowserTest::width)
            .orElse(1440);
    context.getStore(NAMESPACE).put(Browser.class, Browser.start(width));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    if (browser != null) {
      browser.close();
    }
  }

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    for (Field field : test.getClass().getDeclaredFields()) {
      if (field.getType() == Browser.class) {
        field.setAccessible(true);
        field.set(test, browser);
      }
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser != null) {
      try {
        browser.screenshot(
            context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + "-failure");
      } catch (Exception | AssertionError screenshotFailed) {
        failure.addSuppressed(screenshotFailed);
      }
    }
    throw failure;
  }
}
