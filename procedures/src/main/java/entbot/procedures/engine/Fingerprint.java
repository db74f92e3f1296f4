package entbot.procedures.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of everything a plan looked at: the procedure, its parameters, and every entity state
 * and query result its steps read before changing them. Two plans of the same request on the same
 * relevant state have the same fingerprint; any change to what the plan depends on changes it.
 */
final class Fingerprint {
  private final MessageDigest digest;

  Fingerprint(String procedure, Map<String, String> params) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
    add("procedure", procedure);
    new TreeMap<>(params).forEach(this::add);
  }

  void add(String label, Object value) {
    digest.update(label.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 1);
  }

  /** The first 16 hex digits: short enough to show in a chat button, ample to tell states apart. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }
}
