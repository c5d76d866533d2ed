package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.Duration;

/**
 * Keeps a view current while it is attached: the browser polls every second and the view reloads
 * what it shows. Views compare what they loaded with what they show and redraw only on change, so
 * a half-written reply or a scroll position survives the poll. Polling stops when the last such
 * view leaves the UI (or its registration is removed). A view that needs fresh data less often
 * refreshes on every n-th poll only.
 */
public final class AutoRefresh {

  public static final int INTERVAL_MILLIS = 1000;

  /** Starts now if {@code view} is attached, else on attach; stops on detach or on removal. */
  public static Registration install(Component view, SerializableRunnable refresh) {
    return install(view, Duration.ofMillis(INTERVAL_MILLIS), refresh);
  }

  /** As {@link #install(Component, SerializableRunnable)}, refreshing once per {@code every}, in whole polls. */
  public static Registration install(Component view, Duration every, SerializableRunnable refresh) {
    int polls = (int) Math.max(1, every.toMillis() / INTERVAL_MILLIS);
    Poller poller = new Poller(view, polls, refresh);
    Registration onAttach = view.addAttachListener(attach -> poller.start(attach.getUI()));
    Registration onDetach = view.addDetachListener(detach -> poller.stop());
    view.getUI().ifPresent(poller::start);
    return () -> {
      onAttach.remove();
      onDetach.remove();
      poller.stop();
    };
  }

  /** How many pollers of a UI run; the interval is reset when the count drops to zero. */
  private static final class Count implements Serializable {
    int value;
  }

  private static final class Poller implements Serializable {
    private final Component view;
    private final int every;
    private final SerializableRunnable refresh;
    private int polled;
    private UI ui;
    private Registration listener;

    Poller(Component view, int every, SerializableRunnable refresh) {
      this.view = view;
      this.every = every;
      this.refresh = refresh;
    }

    void start(UI target) {
      if (listener != null) {
        return;
      }
      ui = target;
      listener =
          ui.addPollListener(
              event -> {
                if (view.isAttached() && ++polled >= every) {
                  polled = 0;
                  refresh.run();
                }
              });
      count(ui).value++;
      ui.setPollInterval(INTERVAL_MILLIS);
    }

    void stop() {
      if (listener == null) {
        return;
      }
      listener.remove();
      listener = null;
      Count count = count(ui);
      count.value = Math.max(0, count.value - 1);
      if (count.value == 0) {
        ui.setPollInterval(-1);
      }
    }

    private static Count count(UI ui) {
      Count count = ComponentUtil.getData(ui, Count.class);
      if (count == null) {
        count = new Count();
        ComponentUtil.setData(ui, Count.class, count);
      }
      return count;
    }
  }

  private AutoRefresh() {}
}
