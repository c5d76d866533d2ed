package no.mediaweb.supportflow.ui.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Skips each browser test, loudly, where Debian's Chromium or its driver is missing. Runs before
 * the test instance exists, so the application is not started for nothing; a skipped test counts
 * as skipped.
 */
final class RequiresChromium implements TestInstancePreConstructCallback {

  private static boolean bannerShown;

  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
    if (Browser.installed()) {
      return;
    }
    if (!bannerShown) {
      bannerShown = true;
      System.err.println(
          """

          ##########################################################################
          ##                                                                      ##
          ##   BROWSER TESTS SKIPPED: install chromium chromium-driver            ##
          ##   (apt-get install -y chromium chromium-driver)                      ##
          ##                                                                      ##
          ##########################################################################
          """);
    }
    Assumptions.abort("BROWSER TESTS SKIPPED: install chromium chromium-driver");
  }
}
