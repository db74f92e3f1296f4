package entbot.bot.discord;

import entbot.bot.BotException;
import entbot.bot.chat.Request;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands registered on Discord, and their translation into the chat's {@link Request}
 * (the same requests the console builds from typed lines).
 */
final class SlashCommands {
  private SlashCommands() {}

  static List<SlashCommandData> definitions() {
    return List.of(
        Commands.slash("ask", "Poser une question aux guides d'administration")
            .addOptions(new OptionData(OptionType.STRING, "question", "Votre question", true)),
        Commands.slash("ticket", "Rédiger un ticket d'incident pour le support")
            .addOptions(new OptionData(OptionType.STRING, "description",
                "Le problème : qui (profil, classe), quoi, depuis quand", true)),
        Commands.slash("procedure", "Procédures sur le modèle local de l'ENT")
            .addSubcommands(
                new SubcommandData("list", "Lister les procédures"),
                new SubcommandData("plan", "Voir ce qu'une procédure changerait").addOptions(
                    new OptionData(OptionType.STRING, "procedure", "Identifiant", true, true),
                    new OptionData(OptionType.STRING, "classe", "Classe concernée", false, true),
                    new OptionData(OptionType.STRING, "parametres",
                        "Autres paramètres : cle=valeur séparés par des espaces", false, true)),
                new SubcommandData("apply", "Appliquer le dernier plan affiché"),
                new SubcommandData("history", "Dernières exécutions"),
                new SubcommandData("undo", "Annuler une exécution").addOptions(
                    new OptionData(OptionType.STRING, "execution", "Identifiant d'exécution",
                        true, true))),
        Commands.slash("remind", "Rappels du calendrier d'administration")
            .addSubcommands(
                new SubcommandData("list", "Lister les rappels"),
                new SubcommandData("add", "Ajouter un rappel").addOptions(
                    new OptionData(OptionType.STRING, "id", "Identifiant (minuscules, tirets)", true),
                    new OptionData(OptionType.STRING, "planification",
                        "Cron à 5 champs, heure de Paris (ex. 0 9 1 7 *)", true),
                    new OptionData(OptionType.STRING, "texte", "Texte à publier", true)),
                new SubcommandData("remove", "Supprimer un rappel personnalisé").addOptions(
                    new OptionData(OptionType.STRING, "id", "Identifiant", true, true))),
        Commands.slash("help", "Aide d'entbot"));
  }

  /** The chat request for this interaction; a missing option is bad input, in French. */
  static Request toRequest(SlashCommandInteraction event) {
    String name = event.getName();
    String sub = event.getSubcommandName();
    switch (name) {
      case "ask":
        return new Request("ask", List.of(), option(event, "question"));
      case "ticket":
        return new Request("ticket", List.of(), option(event, "description"));
      case "procedure":
        return procedure(event, sub);
      case "remind":
        return remind(event, sub);
      default:
        return new Request(name, List.of(), "");
    }
  }

  private static Request procedure(SlashCommandInteraction event, String sub) {
    List<String> args = new ArrayList<>();
    args.add(sub == null ? "" : sub);
    if ("plan".equals(sub)) {
      args.add(option(event, "procedure"));
      String classe = optional(event, "classe");
      if (classe != null) {
        args.add("classe=" + classe);
      }
      String params = optional(event, "parametres");
      if (params != null) {
        args.addAll(Request.words(params));
      }
    } else if ("undo".equals(sub)) {
      args.add(option(event, "execution"));
    }
    return Request.of("procedure", args);
  }

  private static Request remind(SlashCommandInteraction event, String sub) {
    List<String> args = new ArrayList<>();
    args.add(sub == null ? "list" : sub);
    if ("add".equals(sub)) {
      args.add(option(event, "id"));
      args.add(option(event, "planification"));
      args.add(option(event, "texte"));
    } else if ("remove".equals(sub)) {
      args.add(option(event, "id"));
    }
    return Request.of("remind", args);
  }

  /** Slow commands are deferred: Discord wants an answer within 3 seconds. */
  static boolean isSlow(Request request) {
    return switch (request.command()) {
      case "ask", "ticket" -> true;
      case "procedure" -> List.of("plan", "apply", "undo").contains(request.arg(0));
      default -> false;
    };
  }

  private static String option(SlashCommandInteraction event, String name) {
    String value = optional(event, name);
    if (value == null) {
      throw BotException.badInput("Paramètre obligatoire manquant : " + name + ".");
    }
    return value;
  }

  private static String optional(SlashCommandInteraction event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null || option.getAsString().isBlank() ? null : option.getAsString().strip();
  }
}
