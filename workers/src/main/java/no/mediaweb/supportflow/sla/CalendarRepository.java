package no.mediaweb.supportflow.sla;

import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The business calendar tables. A calendar is written as a whole: its row, then its hours,
 * holidays and breaks replaced; callers hold the transaction. Times of day are stored as minutes
 * after midnight, 1440 being 24:00.
 */
@Repository
class CalendarRepository {

  private static final String SELECT_CALENDAR =
      "SELECT id, code, name, time_zone, holiday_country, is_default FROM business_calendar";

  private final JdbcClient jdbc;

  CalendarRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ordered by code, the default first, then by zone. */
  List<CalendarDefinition> findAll() {
    return complete(jdbc.sql(SELECT_CALENDAR + " ORDER BY code, is_default DESC, time_zone").query(this::header).list());
  }

  Optional<CalendarDefinition> findById(long id) {
    return one(jdbc.sql(SELECT_CALENDAR + " WHERE id = :id").param("id", id).query(this::header).list());
  }

  Optional<CalendarDefinition> findByCodeAndZone(String code, String zone) {
    return one(
        jdbc.sql(SELECT_CALENDAR + " WHERE code = :code AND time_zone = :zone")
            .param("code", code)
            .param("zone", zone)
            .query(this::header)
            .list());
  }

  Optional<CalendarDefinition> findDefault(String code) {
    return one(
        jdbc.sql(SELECT_CALENDAR + " WHERE code = :code AND is_default")
            .param("code", code)
            .query(this::header)
            .list());
  }

  boolean existsCode(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM business_calendar WHERE code = :code").param("code", code).query(Long.class).single() > 0;
  }

  /**
   * The calendars of {@code code} without their hours, locked until the transaction ends, so that
   * two saves of one code (which may move its default) run one after the other.
   */
  List<CalendarDefinition> lockCode(String code) {
    return jdbc.sql(SELECT_CALENDAR + " WHERE code = :code ORDER BY id FOR UPDATE")
        .param("code", code)
        .query(this::header)
        .list();
  }

  long insert(CalendarDefinition calendar, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO business_calendar (code, name, time_zone, holiday_country, is_default, created_at, updated_at)
            VALUES (:code, :name, :zone, :country, :isDefault, :now, :now)
            """)
        .param("code", calendar.code())
        .param("name", calendar.name())
        .param("zone", calendar.zone())
        .param("country", calendar.holidayCountry())
        .param("isDefault", calendar.isDefault())
        .param("now", toTimestamp(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    writeDetails(id, calendar);
    return id;
  }

  /** Updates the row and replaces hours, holidays and breaks; false when no such calendar exists. */
  boolean update(CalendarDefinition calendar, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE business_calendar
                SET code = :code, name = :name, time_zone = :zone, holiday_country = :country,
                  is_default = :isDefault, updated_at = :now
                WHERE id = :id
                """)
            .param("id", calendar.id())
            .param("code", calendar.code())
            .param("name", calendar.name())
            .param("zone", calendar.zone())
            .param("country", calendar.holidayCountry())
            .param("isDefault", calendar.isDefault())
            .param("now", toTimestamp(now))
            .update();
    if (updated == 0) {
      return false;
    }
    for (String table : List.of("business_calendar_hours", "business_calendar_holiday", "business_calendar_break")) {
      jdbc.sql("DELETE FROM " + table + " WHERE calendar_id = :id").param("id", calendar.id()).update();
    }
    writeDetails(calendar.id(), calendar);
    return true;
  }

  /** Makes no calendar of {@code code} the default, so that another may become it. */
  void clearDefault(String code, Instant now) {
    jdbc.sql("UPDATE business_calendar SET is_default = FALSE, updated_at = :now WHERE code = :code AND is_default")
        .param("code", code)
        .param("now", toTimestamp(now))
        .update();
  }

  /** Deletes the calendar with its hours, holidays and breaks (the foreign keys cascade). */
  boolean delete(long id) {
    return jdbc.sql("DELETE FROM business_calendar WHERE id = :id").param("id", id).update() == 1;
  }

  // ---- writing the details ----------------------------------------------------------------------

  private void writeDetails(long id, CalendarDefinition calendar) {
    calendar.weeklyHours().forEach((day, intervals) -> {
      for (LocalInterval interval : intervals) {
        jdbc.sql(
                """
                INSERT INTO business_calendar_hours (calendar_id, day_of_week, start_minute, end_minute)
                VALUES (:id, :day, :start, :end)
                """)
            .param("id", id)
            .param("day", day.getValue())
            .param("start", startMinute(interval))
            .param("end", endMinute(interval))
            .update();
      }
    });
    for (CalendarDefinition.Holiday holiday : calendar.customHolidays()) {
      jdbc.sql("INSERT INTO business_calendar_holiday (calendar_id, holiday_date, name) VALUES (:id, :date, :name)")
          .param("id", id)
          .param("date", holiday.date())
          .param("name", holiday.name())
          .update();
    }
    calendar.breaks().forEach((date, intervals) -> {
      for (LocalInterval interval : intervals) {
        jdbc.sql(
                """
                INSERT INTO business_calendar_break (calendar_id, break_date, start_minute, end_minute)
                VALUES (:id, :date, :start, :end)
                """)
            .param("id", id)
            .param("date", date)
            .param("start", startMinute(interval))
            .param("end", endMinute(interval))
            .update();
      }
    });
  }

  static int startMinute(LocalInterval interval) {
    return interval.start().toSecondOfDay() / 60;
  }

  static int endMinute(LocalInterval interval) {
    return interval.endsAtEndOfDay() ? 1440 : interval.end().toSecondOfDay() / 60;
  }

  static LocalInterval interval(int startMinute, int endMinute) {
    LocalTime start = LocalTime.ofSecondOfDay(startMinute * 60L);
    return endMinute == 1440 ? LocalInterval.untilEndOfDay(start) : LocalInterval.of(start, LocalTime.ofSecondOfDay(endMinute * 60L));
  }

  // ---- reading ----------------------------------------------------------------------------------

  private CalendarDefinition header(ResultSet rs, int row) throws SQLException {
    return new CalendarDefinition(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("time_zone"),
        rs.getString("holiday_country"),
        rs.getBoolean("is_default"),
        Map.of(),
        List.of(),
        Map.of());
  }

  private Optional<CalendarDefinition> one(List<CalendarDefinition> headers) {
    return complete(headers).stream().findFirst();
  }

  /** The headers with their hours, holidays and breaks, in three queries whatever their number. */
  private List<CalendarDefinition> complete(List<CalendarDefinition> headers) {
    if (headers.isEmpty()) {
      return headers;
    }
    Collection<Long> ids = headers.stream().map(CalendarDefinition::id).toList();
    Map<Long, Map<DayOfWeek, List<LocalInterval>>> hours = new HashMap<>();
    jdbc.sql(
            """
            SELECT calendar_id, day_of_week, start_minute, end_minute FROM business_calendar_hours
            WHERE calendar_id IN (:ids) ORDER BY calendar_id, day_of_week, start_minute
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              hours.computeIfAbsent(rs.getLong("calendar_id"), id -> new EnumMap<>(DayOfWeek.class))
                  .computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), d -> new ArrayList<>())
                  .add(interval(rs.getInt("start_minute"), rs.getInt("end_minute")));
            });
    Map<Long, List<CalendarDefinition.Holiday>> holidays = new HashMap<>();
    jdbc.sql(
            """
            SELECT calendar_id, holiday_date, name FROM business_calendar_holiday
            WHERE calendar_id IN (:ids) ORDER BY calendar_id, holiday_date
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              holidays.computeIfAbsent(rs.getLong("calendar_id"), id -> new ArrayList<>())
                  .add(new CalendarDefinition.Holiday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")));
            });
    Map<Long, Map<LocalDate, List<LocalInterval>>> breaks = new HashMap<>();
    jdbc.sql(
            """
            SELECT calendar_id, break_date, start_minute, end_minute FROM business_calendar_break
            WHERE calendar_id IN (:ids) ORDER BY calendar_id, break_date, start_minute
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              breaks.computeIfAbsent(rs.getLong("calendar_id"), id -> new TreeMap<>())
                  .computeIfAbsent(rs.getObject("break_date", LocalDate.class), d -> new ArrayList<>())
                  .add(interval(rs.getInt("start_minute"), rs.getInt("end_minute")));
            });
    return headers.stream()
        .map(
            h ->
                new CalendarDefinition(
                    h.id(),
                    h.code(),
                    h.name(),
                    h.zone(),
                    h.holidayCountry(),
                    h.isDefault(),
                    hours.getOrDefault(h.id(), Map.of()),
                    holidays.getOrDefault(h.id(), List.of()),
                    breaks.getOrDefault(h.id(), Map.of())))
        .toList();
  }
}
