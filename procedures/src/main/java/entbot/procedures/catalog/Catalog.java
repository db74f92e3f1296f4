package entbot.procedures.catalog;

import entbot.procedures.ProcedureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The procedures entbot knows, in the order {@code procedure list} shows them. The bundled ones are
 * the YAML files named in {@code entbot/procedures/catalog/index.txt}; tests may load a folder.
 */
public final class Catalog {
  private final Map<String, ProcedureDefinition> procedures;

  private Catalog(Map<String, ProcedureDefinition> procedures) {
    this.procedures = procedures;
  }

  public static Catalog bundled(Vocabulary vocabulary) {
    ProcedureLoader loader = new ProcedureLoader(vocabulary);
    Map<String, ProcedureDefinition> procedures = new LinkedHashMap<>();
    for (String id : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      add(procedures, id + ".yaml", loader.load(id + ".yaml", resource(id + ".yaml")));
    }
    return new Catalog(procedures);
  }

  /** Every {@code *.yaml} of {@code folder}, sorted by file name. */
  public static Catalog fromDirectory(Path folder, Vocabulary vocabulary) {
    ProcedureLoader loader = new ProcedureLoader(vocabulary);
    Map<String, ProcedureDefinition> procedures = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String name = file.getFileName().toString();
        add(procedures, name, loader.load(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw ProcedureException.failure("Lecture impossible des procédures de " + folder + ".", e);
    }
    return new Catalog(procedures);
  }

  public List<ProcedureDefinition> all() {
    return new ArrayList<>(procedures.values());
  }

  public ProcedureDefinition get(String id) {
    ProcedureDefinition definition = id == null ? null : procedures.get(id.strip());
    if (definition == null) {
      throw ProcedureException.badInput("Procédure inconnue : « " + id + " » (connues : "
          + String.join(", ", procedures.keySet()) + ").");
    }
    return definition;
  }

  private static void add(Map<String, ProcedureDefinition> procedures, String file, ProcedureDefinition definition) {
    if (!file.equals(definition.id() + ".yaml")) {
      throw ProcedureException.badInput("Procédure " + file + " : son id « " + definition.id()
          + " » doit être le nom du fichier.");
    }
    procedures.put(definition.id(), definition);
  }

  private static String resource(String name) {
    try (InputStream in = Catalog.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled procedure file missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled procedure " + name, e);
    }
  }
}
