package entbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per user in any sliding {@code window}, so that one user (or a
 * stuck client) cannot flood the channel or the helpdesk.
 */
public final class RateLimiter {
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  public RateLimiter(int limit, Duration window, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one request of {@code userId}; false when it goes over the limit (not counted then). */
  public boolean tryAcquire(String userId) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  public int limit() {
    return limit;
  }

  public Duration window() {
    return window;
  }
}
