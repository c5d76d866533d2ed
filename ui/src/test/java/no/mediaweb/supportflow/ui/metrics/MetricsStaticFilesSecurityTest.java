package no.mediaweb.supportflow.ui.metrics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.mediaweb.supportflow.SupportflowAppTest;
import no.mediaweb.supportflow.ui.components.Chart;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Chart.js is a static file anyone may load; the dashboard itself needs a login. (The chart element
 * under /charts is served by the servlet container, which MockMvc does not have: the browser test
 * loads it.)
 */
@SupportflowAppTest
@AutoConfigureMockMvc
class MetricsStaticFilesSecurityTest {

  @Autowired MockMvc mvc;

  @Test
  void chart_js_is_served_from_its_webjar_without_a_login() throws Exception {
    mvc.perform(get(Chart.CHART_JS.substring("context:/".length())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Chart.js v4.5.1")));
  }

  @Test
  void the_dashboard_sends_anonymous_visitors_to_the_login() throws Exception {
    mvc.perform(get("/metrics")).andExpect(status().is3xxRedirection());
  }
}
