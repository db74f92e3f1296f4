package entbot.bot.tickets.glpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entbot.bot.BotException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The few GLPI REST calls entbot needs (GLPI {@code apirest.php}): {@code initSession} with the
 * App-Token and {@code Authorization: user_token ...}, {@code POST Ticket}, {@code GET Ticket}
 * searched by the entbot reference, {@code POST Document} (multipart with an
 * {@code uploadManifest}), {@code POST Document_Item}, {@code killSession}. Every failure becomes
 * a {@link BotException} with a French sentence saying what the helpdesk did.
 */
public final class GlpiClient {
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpUrl base;
  private final String appToken;
  private final String userToken;
  private final OkHttpClient http;

  public GlpiClient(String baseUrl, String appToken, String userToken, Duration timeout) {
    HttpUrl parsed = baseUrl == null ? null : HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (parsed == null) {
      throw BotException.badInput("ENTBOT_GLPI_URL n'est pas une adresse valide : « " + baseUrl
          + " » (attendu : https://.../apirest.php).");
    }
    if (userToken == null || userToken.isBlank()) {
      throw BotException.badInput("ENTBOT_GLPI_USER_TOKEN n'est pas défini : le jeton d'API de "
          + "l'utilisateur GLPI est nécessaire pour envoyer les tickets.");
    }
    this.base = parsed;
    this.appToken = appToken;
    this.userToken = userToken;
    this.http = new OkHttpClient.Builder()
        .connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout.multipliedBy(2))
        // No silent retries (a retried POST Ticket could create the ticket twice), so no pooled
        // connections either: a pooled one the server already closed would fail the next call.
        .retryOnConnectionFailure(false)
        .connectionPool(new okhttp3.ConnectionPool(0, 1, java.util.concurrent.TimeUnit.SECONDS))
        .build();
  }

  public String initSession() {
    Request request = request("initSession").header("Authorization", "user_token " + userToken).get().build();
    JsonNode body = call(request, "l'ouverture de session");
    JsonNode token = body.get("session_token");
    if (token == null || token.asText().isBlank()) {
      throw BotException.failure("Le helpdesk GLPI n'a pas donné de jeton de session.", null);
    }
    return token.asText();
  }

  public void killSession(String session) {
    call(request("killSession").header("Session-Token", session).get().build(), "la fermeture de session");
  }

  /** Creates the ticket and returns GLPI's ticket number. */
  public String createTicket(String session, String name, String content, GlpiMapping.Target target) {
    ObjectNode input = JSON.createObjectNode();
    input.put("name", name);
    input.put("content", content);
    input.put("type", 1); // incident
    input.put("urgency", target.urgency());
    input.put("itilcategories_id", target.category());
    ObjectNode payload = JSON.createObjectNode();
    payload.set("input", input);
    Request request = request("Ticket").header("Session-Token", session)
        .post(RequestBody.create(payload.toString(), JSON_TYPE)).build();
    return idOf(call(request, "la création du ticket"), "la création du ticket");
  }

  /** The ticket whose content holds {@code reference}, if the helpdesk already has one. */
  public Optional<String> findTicketByReference(String session, String reference) {
    HttpUrl url = base.newBuilder().addPathSegment("Ticket")
        .addQueryParameter("searchText[content]", reference)
        .addQueryParameter("only_id", "true")
        .addQueryParameter("range", "0-1").build();
    Request request = withAppToken(new Request.Builder().url(url).header("Content-Type", "application/json")
        .header("Session-Token", session)).get().build();
    JsonNode body = call(request, "la recherche d'un ticket déjà envoyé");
    if (body.isArray() && !body.isEmpty() && body.get(0).hasNonNull("id")) {
      return Optional.of(body.get(0).get("id").asText());
    }
    return Optional.empty();
  }

  public String uploadDocument(String session, String fileName, byte[] content) {
    ObjectNode input = JSON.createObjectNode();
    input.put("name", fileName);
    input.putArray("_filename").add(fileName);
    ObjectNode manifest = JSON.createObjectNode();
    manifest.set("input", input);
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("uploadManifest", null, RequestBody.create(manifest.toString(), JSON_TYPE))
        .addFormDataPart("filename[0]", fileName,
            RequestBody.create(content, MediaType.get("application/octet-stream")))
        .build();
    Request request = withAppToken(new Request.Builder().url(base.newBuilder().addPathSegment("Document").build())
        .header("Session-Token", session)).post(body).build();
    return idOf(call(request, "l'envoi d'une pièce jointe"), "l'envoi d'une pièce jointe");
  }

  public void linkDocument(String session, String documentId, String ticketId) {
    ObjectNode input = JSON.createObjectNode();
    input.put("documents_id", Long.parseLong(documentId));
    input.put("itemtype", "Ticket");
    input.put("items_id", Long.parseLong(ticketId));
    ObjectNode payload = JSON.createObjectNode();
    payload.set("input", input);
    Request request = request("Document_Item").header("Session-Token", session)
        .post(RequestBody.create(payload.toString(), JSON_TYPE)).build();
    call(request, "le rattachement d'une pièce jointe au ticket");
  }

  private Request.Builder request(String endpoint) {
    return withAppToken(new Request.Builder().url(base.newBuilder().addPathSegment(endpoint).build())
        .header("Content-Type", "application/json"));
  }

  /** Adds the App-Token header when one is configured (GLPI makes it optional). */
  private Request.Builder withAppToken(Request.Builder builder) {
    return appToken == null || appToken.isBlank() ? builder : builder.header("App-Token", appToken);
  }

  private JsonNode call(Request request, String what) {
    try (Response response = http.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (response.code() == 401 || response.code() == 403) {
        throw BotException.failure("Le helpdesk GLPI a refusé l'accès pendant " + what + " (HTTP "
            + response.code() + ") : vérifiez ENTBOT_GLPI_APP_TOKEN et ENTBOT_GLPI_USER_TOKEN. "
            + "Les tickets restent en attente (pending).", null);
      }
      if (response.code() >= 500) {
        throw BotException.failure("Le helpdesk GLPI est en erreur (HTTP " + response.code()
            + ") pendant " + what + ". Les tickets restent en attente : relancez « ticket retry » plus tard.", null);
      }
      if (!response.isSuccessful()) {
        throw BotException.failure("Le helpdesk GLPI a refusé " + what + " (HTTP " + response.code()
            + ")" + glpiMessage(text) + ". Les tickets restent en attente.", null);
      }
      return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (InterruptedIOException e) {
      throw BotException.failure("Le helpdesk GLPI n'a pas répondu à temps pendant " + what
          + ". Les tickets restent en attente : relancez « ticket retry » plus tard.", e);
    } catch (IOException e) {
      throw BotException.failure("Le helpdesk GLPI est injoignable (" + base.host() + ":" + base.port()
          + ") pendant " + what + ". Les tickets restent en attente : relancez « ticket retry » plus tard.", e);
    }
  }

  private static String idOf(JsonNode body, String what) {
    JsonNode node = body.isArray() && !body.isEmpty() ? body.get(0) : body;
    JsonNode id = node.get("id");
    if (id == null || !id.canConvertToLong() || id.asLong() <= 0) {
      throw BotException.failure("Réponse inattendue du helpdesk GLPI pour " + what + " (pas de numéro).", null);
    }
    return id.asText();
  }

  /** GLPI errors come as ["ERROR_CODE", "message"]; the code is enough and holds no personal data. */
  private static String glpiMessage(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node.isArray() && !node.isEmpty()) {
        return " : " + node.get(0).asText();
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: say nothing more
    }
    return "";
  }
}
