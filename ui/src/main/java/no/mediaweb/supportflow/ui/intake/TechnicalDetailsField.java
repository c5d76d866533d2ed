package no.mediaweb.supportflow.ui.intake;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.mediaweb.supportflow.ticket.ConnectionType;
import no.mediaweb.supportflow.ticket.DeviceType;
import no.mediaweb.supportflow.ticket.TechnicalDetails;

/** The support page's technical details as one form field: system, browser, device, connection, when, what, errors. */
class TechnicalDetailsField extends CustomField<TechnicalDetails> {

  private final TextField operatingSystem = new TextField("Operating system and version");
  private final TextField browser = new TextField("Browser and version");
  private final Select<DeviceType> deviceType = new Select<>();
  private final Select<ConnectionType> connectionType = new Select<>();
  private final TextField problemStarted = new TextField("When did the problem start?");
  private final TextArea tryingToDo = new TextArea("What were you trying to do?");
  private final TextArea errorMessages = new TextArea("Exact error messages");

  TechnicalDetailsField() {
    operatingSystem.setId("operating-system");
    operatingSystem.setPlaceholder("e.g. Windows 11, macOS 15.1, iOS 18");
    operatingSystem.setMaxLength(100);
    browser.setId("browser");
    browser.setPlaceholder("e.g. Chrome 131, Safari 18");
    browser.setMaxLength(100);
    deviceType.setId("device-type");
    deviceType.setLabel("Device");
    deviceType.setItems(DeviceType.values());
    deviceType.setEmptySelectionAllowed(true);
    deviceType.setEmptySelectionCaption("Not sure");
    deviceType.setItemLabelGenerator(d -> d == null ? "Not sure" : d.label());
    connectionType.setId("connection-type");
    connectionType.setLabel("Internet connection");
    connectionType.setItems(ConnectionType.values());
    connectionType.setEmptySelectionAllowed(true);
    connectionType.setEmptySelectionCaption("Not sure");
    connectionType.setItemLabelGenerator(c -> c == null ? "Not sure" : c.label());
    problemStarted.setId("problem-started");
    problemStarted.setPlaceholder("e.g. today around 08:40, after Monday's update");
    problemStarted.setMaxLength(100);
    tryingToDo.setId("trying-to-do");
    tryingToDo.setMaxLength(1000);
    errorMessages.setId("error-messages");
    errorMessages.setHelperText("Copy the messages word for word, or attach a screenshot or the browser console log");
    errorMessages.setMaxLength(5000);

    FormLayout layout =
        new FormLayout(operatingSystem, browser, deviceType, connectionType, problemStarted, tryingToDo, errorMessages);
    layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    layout.setColspan(tryingToDo, 2);
    layout.setColspan(errorMessages, 2);
    add(layout);
    List.of(operatingSystem, browser, problemStarted).forEach(f -> f.addValueChangeListener(e -> updateValue()));
    List.of(tryingToDo, errorMessages).forEach(f -> f.addValueChangeListener(e -> updateValue()));
    deviceType.addValueChangeListener(e -> updateValue());
    connectionType.addValueChangeListener(e -> updateValue());
  }

  @Override
  protected TechnicalDetails generateModelValue() {
    return new TechnicalDetails(
        operatingSystem.getValue(), browser.getValue(), deviceType.getValue(), connectionType.getValue(),
        problemStarted.getValue(), tryingToDo.getValue(), errorMessages.getValue());
  }

  @Override
  protected void setPresentationValue(TechnicalDetails details) {
    TechnicalDetails shown = details == null ? TechnicalDetails.NONE : details;
    operatingSystem.setValue(orEmpty(shown.operatingSystem()));
    browser.setValue(orEmpty(shown.browser()));
    deviceType.setValue(shown.deviceType());
    connectionType.setValue(shown.connectionType());
    problemStarted.setValue(orEmpty(shown.problemStarted()));
    tryingToDo.setValue(orEmpty(shown.tryingToDo()));
    errorMessages.setValue(orEmpty(shown.errorMessages()));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
