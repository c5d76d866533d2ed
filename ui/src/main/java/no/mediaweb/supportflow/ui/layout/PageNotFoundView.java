package no.mediaweb.supportflow.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that is no page, and (in production) for a page the role does not allow. */
@PageTitle("Page not found · Supportflow")
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

  public PageNotFoundView() {
    super("Page not found", "There is no page at this address, or it is not open to you.");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
