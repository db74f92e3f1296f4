package entbot.bot.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited action. {@code detail} carries identifiers and statuses only (run id, step count,
 * route, helpdesk number): never the names in a ticket or a procedure's parameters.
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) {
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    requireText(actor, "actor");
    requireText(action, "action");
    requireText(target, "target");
    detail = detail == null ? "" : detail;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
