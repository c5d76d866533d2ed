package no.mediaweb.supportflow.ui.layout;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;

/** Shown to a logged-in person who opens a page their role does not allow. */
@PageTitle("No access · Supportflow")
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

  public AccessDeniedView() {
    super("You do not have access to this page", "Your role does not include this page. Ask an administrator if you need it.");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
