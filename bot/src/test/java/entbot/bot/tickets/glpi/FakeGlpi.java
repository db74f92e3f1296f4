package entbot.bot.tickets.glpi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A small GLPI speaking the endpoints entbot uses, behind a {@code MockWebServer}: it checks the
 * tokens, numbers tickets and documents, remembers ticket contents (so a search by reference
 * finds them), and can be told to fail the next ticket creation in a chosen way.
 */
final class FakeGlpi extends Dispatcher {
  enum Failure { NONE, SERVER_ERROR, HANG, LOSE_RESPONSE }

  static final String APP_TOKEN = "app-123";
  static final String USER_TOKEN = "user-456";

  final List<String> ticketContents = new ArrayList<>();
  final List<String> links = new ArrayList<>();
  final AtomicInteger documents = new AtomicInteger();
  final AtomicInteger killed = new AtomicInteger();
  volatile Failure nextTicketFailure = Failure.NONE;
  volatile boolean serverDown;

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath() == null ? "" : request.getPath();
    if (serverDown) {
      return new MockResponse().setResponseCode(503).setBody("[\"ERROR\", \"maintenance\"]");
    }
    if (!APP_TOKEN.equals(request.getHeader("App-Token"))) {
      return new MockResponse().setResponseCode(400).setBody("[\"ERROR_WRONG_APP_TOKEN_PARAMETER\", \"\"]");
    }
    if (path.startsWith("/apirest.php/initSession")) {
      if (!("user_token " + USER_TOKEN).equals(request.getHeader("Authorization"))) {
        return new MockResponse().setResponseCode(401).setBody("[\"ERROR_GLPI_LOGIN_USER_TOKEN\", \"invalid\"]");
      }
      return json(200, "{\"session_token\": \"sess-1\"}");
    }
    if (!"sess-1".equals(request.getHeader("Session-Token"))) {
      return new MockResponse().setResponseCode(401).setBody("[\"ERROR_SESSION_TOKEN_INVALID\", \"\"]");
    }
    if (path.startsWith("/apirest.php/killSession")) {
      killed.incrementAndGet();
      return json(200, "{}");
    }
    if (path.startsWith("/apirest.php/Ticket?") && request.getMethod().equals("GET")) {
      String searched = request.getRequestUrl().queryParameter("searchText[content]");
      for (int i = 0; i < ticketContents.size(); i++) {
        if (searched != null && ticketContents.get(i).contains(searched)) {
          return json(200, "[{\"id\": " + (i + 1) + "}]");
        }
      }
      return json(200, "[]");
    }
    if (path.equals("/apirest.php/Ticket") && request.getMethod().equals("POST")) {
      Failure failure = nextTicketFailure;
      nextTicketFailure = Failure.NONE;
      if (failure == Failure.SERVER_ERROR) {
        return new MockResponse().setResponseCode(500).setBody("[\"ERROR_SQL\", \"\"]");
      }
      if (failure == Failure.HANG) {
        return json(201, "{\"id\": 999}").setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS);
      }
      ticketContents.add(request.getBody().readUtf8());
      int id = ticketContents.size();
      if (failure == Failure.LOSE_RESPONSE) {
        // Created on the helpdesk, but the answer never reaches entbot.
        return json(201, "{\"id\": " + id + "}").setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS);
      }
      return json(201, "{\"id\": " + id + ", \"message\": \"\"}");
    }
    if (path.equals("/apirest.php/Document") && request.getMethod().equals("POST")) {
      String body = request.getBody().readUtf8();
      if (!body.contains("uploadManifest") || !body.contains("filename[0]")) {
        return new MockResponse().setResponseCode(400).setBody("[\"ERROR_UPLOAD\", \"\"]");
      }
      return json(201, "{\"id\": " + (100 + documents.incrementAndGet()) + ", \"message\": \"\"}");
    }
    if (path.equals("/apirest.php/Document_Item") && request.getMethod().equals("POST")) {
      links.add(request.getBody().readUtf8());
      return json(201, "{\"id\": " + links.size() + "}");
    }
    return new MockResponse().setResponseCode(400).setBody("[\"ERROR_RESOURCE_NOT_FOUND_NOR_COMMONDBTM\", \"\"]");
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }
}
