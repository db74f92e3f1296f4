package entbot.procedures.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.JsonNodeReader;
import com.networknt.schema.utils.JsonNodes;
import entbot.procedures.ProcedureException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one procedure file: YAML parsed with line numbers, validated against
 * {@code procedure.schema.json} (unknown keys rejected), then checked against the engine's
 * vocabulary (known actions, known and required arguments, {@code ${...}} references to parameters
 * or to earlier steps' outputs). Every problem is reported with its line, all at once.
 */
public final class ProcedureLoader {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final JsonNodeReader READER = JsonNodeReader.builder().locationAware().build();
  private static final JsonSchema SCHEMA = loadSchema();

  private final Vocabulary vocabulary;

  public ProcedureLoader(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public ProcedureDefinition load(String fileName, String yaml) {
    JsonNode root;
    try {
      root = READER.readTree(yaml, InputFormat.YAML);
    } catch (IOException | IllegalArgumentException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw ProcedureException.badInput("Procédure " + fileName + " illisible (YAML invalide) : "
          + String.valueOf(cause.getMessage()).lines().findFirst().orElse("") + ".");
    }
    if (root == null || !root.isObject()) {
      throw ProcedureException.badInput("Procédure " + fileName + " : le fichier doit décrire un objet YAML.");
    }
    List<String> errors = new ArrayList<>();
    List<ValidationMessage> messages = new ArrayList<>(SCHEMA.validate(root));
    messages.sort(Comparator.comparingInt(m -> line(locate(m))));
    for (ValidationMessage message : messages) {
      errors.add("ligne " + line(locate(message)) + " : " + french(message));
    }
    if (!errors.isEmpty()) {
      throw refused(fileName, errors);
    }
    ProcedureDefinition definition = toDefinition(root);
    checkAgainstVocabulary(root, definition, errors);
    if (!errors.isEmpty()) {
      throw refused(fileName, errors);
    }
    return definition;
  }

  private ProcedureDefinition toDefinition(JsonNode root) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (JsonNode p : root.get("parameters")) {
      List<String> values = new ArrayList<>();
      p.path("values").forEach(v -> values.add(v.asText()));
      parameters.add(new ParameterSpec(p.get("name").asText(), ParameterType.fromYaml(p.get("type").asText()),
          p.path("required").asBoolean(true), p.get("description").asText(), values,
          p.has("default") ? p.get("default").asText() : null));
    }
    List<StepSpec> steps = new ArrayList<>();
    for (JsonNode s : root.get("steps")) {
      Map<String, String> with = new LinkedHashMap<>();
      s.path("with").fields().forEachRemaining(e -> with.put(e.getKey(), e.getValue().asText()));
      Map<String, List<String>> when = new LinkedHashMap<>();
      s.path("when").fields().forEachRemaining(e -> {
        List<String> accepted = new ArrayList<>();
        e.getValue().forEach(v -> accepted.add(v.asText()));
        when.put(e.getKey(), accepted);
      });
      steps.add(new StepSpec(s.get("id").asText(), s.get("action").asText(), with, s.get("explain").asText(),
          s.get("uiPath").asText(), s.has("delay") ? s.get("delay").asText() : null, when, line(s)));
    }
    return new ProcedureDefinition(root.get("id").asText(), root.get("title").asText(), root.get("guide").asText(),
        root.get("summary").asText(), parameters, steps);
  }

  private void checkAgainstVocabulary(JsonNode root, ProcedureDefinition definition, List<String> errors) {
    Set<String> names = new HashSet<>();
    JsonNode parameterNodes = root.get("parameters");
    for (int i = 0; i < definition.parameters().size(); i++) {
      ParameterSpec p = definition.parameters().get(i);
      int line = line(parameterNodes.get(i));
      if (!names.add(p.name())) {
        errors.add("ligne " + line + " : paramètre « " + p.name() + " » déclaré deux fois");
      }
      if ((p.kind() == ParameterType.CHOIX) == p.values().isEmpty()) {
        errors.add("ligne " + line + " : « values » est requis pour un paramètre de type choix, et seulement pour lui");
      }
    }
    Set<String> known = new HashSet<>(names);
    known.add("uai");
    Set<String> stepIds = new HashSet<>();
    JsonNode stepNodes = root.get("steps");
    for (int i = 0; i < definition.steps().size(); i++) {
      StepSpec step = definition.steps().get(i);
      JsonNode node = stepNodes.get(i);
      if (!stepIds.add(step.id())) {
        errors.add("ligne " + step.line() + " : étape « " + step.id() + " » déclarée deux fois");
      }
      var signature = vocabulary.signature(step.action());
      if (signature.isEmpty()) {
        errors.add("ligne " + line(node.get("action")) + " : action inconnue « " + step.action() + " » (connues : "
            + String.join(", ", new TreeSet<>(vocabulary.actions())) + ")");
        continue;
      }
      for (String argument : step.with().keySet()) {
        if (!signature.get().required().contains(argument) && !signature.get().optional().contains(argument)) {
          errors.add("ligne " + line(node.get("with").get(argument)) + " : argument inconnu « " + argument
              + " » pour l'action " + step.action());
        }
      }
      for (String argument : signature.get().required()) {
        if (!step.with().containsKey(argument)) {
          errors.add("ligne " + step.line() + " : argument obligatoire « " + argument + " » manquant pour l'action "
              + step.action());
        }
      }
      for (String condition : step.when().keySet()) {
        if (!names.contains(condition)) {
          errors.add("ligne " + line(node.get("when")) + " : condition sur un paramètre inconnu « " + condition + " »");
        }
      }
      List<String> texts = new ArrayList<>(step.with().values());
      texts.add(step.explain());
      texts.add(step.uiPath());
      for (String text : texts) {
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
          if (!known.contains(matcher.group(1))) {
            errors.add("ligne " + step.line() + " : référence inconnue ${" + matcher.group(1) + "}");
          }
        }
      }
      for (String output : signature.get().outputs()) {
        known.add(step.id() + "." + output);
      }
    }
  }

  private static JsonNode locate(ValidationMessage message) {
    JsonNode node = message.getInstanceNode();
    if ("additionalProperties".equals(message.getType()) && node != null && message.getProperty() != null
        && node.has(message.getProperty())) {
      return node.get(message.getProperty());
    }
    return node;
  }

  static int line(JsonNode node) {
    JsonLocation location = node == null ? null : JsonNodes.tokenLocationOf(node);
    return location == null ? 0 : location.getLineNr();
  }

  private static String french(ValidationMessage message) {
    String where = message.getInstanceLocation().toString().replace("$.", "").replace("$", "racine");
    return switch (message.getType()) {
      case "additionalProperties" -> "clé inconnue « " + message.getProperty() + " » dans " + where;
      case "required" -> "clé obligatoire « " + message.getProperty() + " » absente dans " + where;
      case "type" -> "type incorrect pour " + where + " (" + message.getMessage().replaceFirst("^[^:]*: ", "") + ")";
      case "enum" -> "valeur non autorisée pour " + where;
      case "pattern" -> "format incorrect pour " + where + " (lettres minuscules, chiffres et tirets)";
      case "minLength", "minItems" -> where + " ne peut pas être vide";
      default -> where + " : " + message.getMessage();
    };
  }

  private static ProcedureException refused(String fileName, List<String> errors) {
    return ProcedureException.badInput("Procédure " + fileName + " invalide : " + String.join(" ; ", errors) + ".");
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = ProcedureLoader.class.getResourceAsStream("procedure.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException("procedure.schema.json is missing from the jar", e);
    }
  }
}
