package entbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flow each conversation is in (a conversation = one user in one channel). A flow left alone
 * longer than {@code timeout} is forgotten, so that a "oui" typed an hour later does not apply a
 * plan nobody is looking at any more.
 */
public final class Conversations {
  private record Entry(Flow flow, Instant touched) {}

  private final Map<String, Entry> flows = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration timeout;

  public Conversations(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeout = timeout;
  }

  public Optional<Flow> get(String conversation) {
    Entry entry = flows.get(conversation);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.touched().plus(timeout).isBefore(clock.instant())) {
      flows.remove(conversation, entry);
      return Optional.empty();
    }
    return Optional.of(entry.flow());
  }

  public void put(String conversation, Flow flow) {
    flows.put(conversation, new Entry(flow, clock.instant()));
  }

  public void clear(String conversation) {
    flows.remove(conversation);
  }
}
