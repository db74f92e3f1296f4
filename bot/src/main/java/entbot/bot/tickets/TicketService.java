package entbot.bot.tickets;

import entbot.bot.BotException;
import entbot.bot.store.BotDatabase;
import entbot.bot.tickets.draft.Draft;
import entbot.bot.tickets.draft.LlmRewriter;
import entbot.bot.tickets.draft.NameLexicon;
import entbot.bot.tickets.draft.TicketChecker;
import entbot.bot.tickets.draft.TicketDrafter;
import entbot.bot.tickets.glpi.GlpiClient;
import entbot.bot.tickets.glpi.TicketSubmitter;
import entbot.bot.tickets.store.StoredTicket;
import entbot.bot.tickets.store.TicketStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tickets feature, as the CLI and the chat use it: draft a report into tickets (stored as
 * {@code draft}), let the admin amend, edit, attach or cancel, then submit to GLPI
 * ({@code pending} until the helpdesk answers with its number, then {@code sent}) and retry what
 * is still pending. Opening it purges the tickets older than the retention period.
 */
public final class TicketService implements AutoCloseable {
  private final TicketConfig config;
  private final TicketStore store;
  private final TicketDrafter drafter;
  private final LlmRewriter rewriter;
  private final Clock clock;

  private TicketService(TicketConfig config, TicketStore store, Clock clock) {
    this.config = config;
    this.store = store;
    this.drafter = new TicketDrafter(config.rules(), NameLexicon.bundled());
    this.rewriter = config.llm() == null ? null : new LlmRewriter(config.llm());
    this.clock = clock;
  }

  public static TicketService open(Path dataDir, TicketConfig config) {
    return open(dataDir, config, Clock.systemUTC());
  }

  /** As {@link #open(Path, TicketConfig)} with the given clock (tests of retention). */
  public static TicketService open(Path dataDir, TicketConfig config, Clock clock) {
    TicketStore store = new TicketStore(BotDatabase.open(dataDir));
    store.purgeCreatedBefore(clock.instant().minus(Duration.ofDays(config.retentionDays())));
    return new TicketService(config, store, clock);
  }

  /** Drafts one ticket per incident of the report and stores them as drafts. */
  public List<Ticket> draft(String report) {
    List<TicketStore.NewTicket> drafted = new ArrayList<>();
    for (Draft draft : drafter.draft(report)) {
      Draft worded = rewriter == null ? draft : rewriter.rewrite(draft);
      drafted.add(new TicketStore.NewTicket(newId(), worded, duplicateOf(worded)));
    }
    store.insertAll(drafted, clock.instant());
    return drafted.stream().map(t -> get(t.id())).toList();
  }

  /** Adds the admin's answers to the ticket's report and drafts that one incident again. */
  public Ticket amend(String id, String extraText) {
    StoredTicket stored = editable(id);
    if (extraText == null || extraText.isBlank()) {
      throw BotException.badInput("le complément est vide : indiquez les réponses aux questions du ticket " + id + ".");
    }
    Draft previous = stored.draft();
    Draft redrafted = drafter.draftOne(previous.sourceText() + "\n" + extraText.strip(),
        previous.context(), stored.attachments().size());
    store.replaceDraft(id, rewriter == null ? redrafted : rewriter.rewrite(redrafted));
    return get(id);
  }

  /** Replaces the title and/or description (null keeps the current one). */
  public Ticket edit(String id, String title, String description) {
    StoredTicket stored = editable(id);
    if (title != null && title.isBlank() || description != null && description.isBlank()) {
      throw BotException.badInput("le titre et la description d'un ticket ne peuvent pas être vides.");
    }
    Draft d = stored.draft();
    store.replaceDraft(id, d.withWording(title == null ? d.title() : title.strip(),
        description == null ? d.description() : description.strip(), d.generatedBy()));
    return get(id);
  }

  /** Attaches a file (screenshot, rejection CSV...) to a ticket not yet sent. */
  public Ticket attach(String id, String fileName, byte[] content) {
    editable(id);
    if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw BotException.badInput("nom de pièce jointe invalide : « " + fileName + " ».");
    }
    if (content == null || content.length == 0) {
      throw BotException.badInput("la pièce jointe « " + fileName + " » est vide.");
    }
    store.addAttachment(id, fileName.strip(), content);
    return get(id);
  }

  /** Forgets a ticket not yet sent, personal data included. */
  public void cancel(String id) {
    editable(id);
    store.delete(id);
  }

  /**
   * Sends the tickets to GLPI. They become {@code pending} first, so a failure (refused token,
   * 5xx, timeout) leaves them pending for {@link #retry()}; the result carries the French reason.
   */
  public SubmitResult submit(List<String> ids) {
    requireHelpdesk();
    List<StoredTicket> tickets = ids.stream().map(this::find).toList(); // unknown id: nothing changes
    for (StoredTicket stored : tickets) {
      if (stored.status() == TicketStatus.DRAFT) {
        store.setStatus(stored.id(), TicketStatus.PENDING);
      }
    }
    return send(ids);
  }

  /** Sends every pending ticket again, each at most once. */
  public SubmitResult retry() {
    requireHelpdesk();
    return send(store.list(TicketStatus.PENDING).stream().map(StoredTicket::id).toList());
  }

  public List<Ticket> list(TicketStatus statusOrNull) {
    return store.list(statusOrNull).stream().map(this::toTicket).toList();
  }

  public Ticket get(String id) {
    return toTicket(find(id));
  }

  public String toPlainText(Ticket ticket) {
    return PlainText.of(ticket);
  }

  /** Checks the helpdesk settings before anything is drafted, so bad settings change nothing. */
  public void requireHelpdesk() {
    if (!config.hasHelpdesk()) {
      throw BotException.badInput("ENTBOT_GLPI_URL n'est pas défini : indiquez l'adresse de l'API "
          + "GLPI (se terminant par apirest.php) pour envoyer les tickets.");
    }
    client();
  }

  @Override
  public void close() {
    // Connections are opened per operation; nothing is held between calls.
  }

  private SubmitResult send(List<String> ids) {
    TicketSubmitter submitter = new TicketSubmitter(store, client(), config.glpiMapping(), clock);
    BotException failure = submitter.send(ids, stored -> toTicket(stored).description());
    List<Ticket> tickets = ids.stream().map(store::find).flatMap(java.util.Optional::stream)
        .map(this::toTicket).toList();
    return new SubmitResult(tickets, failure);
  }

  private GlpiClient client() {
    return new GlpiClient(config.glpiUrl(), config.glpiAppToken(), config.glpiUserToken(), config.glpiTimeout());
  }

  /** An open ticket about the same person and service, most recent first, or null. */
  private String duplicateOf(Draft draft) {
    if (draft.people().isEmpty() || draft.service() == null) {
      return null;
    }
    Set<String> keys = draft.people().stream().map(Person::key).collect(Collectors.toSet());
    List<StoredTicket> open = store.list(null);
    for (int i = open.size() - 1; i >= 0; i--) {
      Draft other = open.get(i).draft();
      if (draft.service().equals(other.service())
          && other.people().stream().anyMatch(p -> keys.contains(p.key()))) {
        return open.get(i).id();
      }
    }
    return null;
  }

  private StoredTicket find(String id) {
    return store.find(id).orElseThrow(() -> BotException.badInput("ticket inconnu : « " + id + " »."));
  }

  private StoredTicket editable(String id) {
    StoredTicket stored = find(id);
    if (stored.status() == TicketStatus.SENT) {
      throw BotException.badInput("le ticket " + id + " est déjà envoyé (n° " + stored.remoteId()
          + ") : il ne peut plus être modifié ici.");
    }
    return stored;
  }

  private Ticket toTicket(StoredTicket s) {
    Draft d = s.draft();
    List<String> attachments = s.attachments().stream().map(StoredTicket.StoredAttachment::fileName).toList();
    List<String> missing = d.missing();
    List<String> questions = d.questions();
    if (!attachments.isEmpty()) {
      missing = missing.stream().filter(m -> !m.equals(TicketChecker.MISSING_ATTACHMENTS)).toList();
      questions = questions.stream().filter(q -> !q.startsWith("Pouvez-vous joindre")).toList();
    }
    return new Ticket(s.id(), d.title(), d.description(), d.route(), d.routeReason(), d.service(),
        d.people(), d.classes(), d.since(), d.affectedUsers(), missing, questions, attachments,
        s.duplicateOf(), d.generatedBy(), s.status(), s.remoteId(), s.created());
  }

  private static String newId() {
    return "tk-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
