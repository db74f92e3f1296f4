package entbot.bot.cli;

import entbot.procedures.EntService;
import entbot.procedures.seed.CsvImport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ent import FILE.csv}: loads users from a directory export, all rows or none. */
@Command(name = "import", description = "Charge des utilisateurs depuis un export d'annuaire (CSV) ; une ligne invalide"
    + " et rien n'est importé.")
final class EntImportCommand implements Callable<Integer> {
  @Mixin(name = CommonOptions.MIXIN_NAME)
  CommonOptions common;

  @Parameters(paramLabel = "FICHIER.csv", description = "Colonnes : " + "uai;etablissement;profil;civilite;prenom;nom;"
      + "source;classe;fonction;discipline;login (uai, profil, prenom, nom obligatoires).")
  Path file;

  @Override
  public Integer call() {
    try (EntService ent = EntService.open(common.dataDir())) {
      CsvImport.Report report = ent.importCsv(file);
      if (common.json()) {
        common.printJson(report);
      } else {
        common.out().println("Import terminé : " + report.imported() + " compte(s) créé(s), " + report.alreadyPresent()
            + " déjà présent(s) dans l'ENT (non dupliqués), " + report.schoolsCreated() + " établissement(s) et "
            + report.classesCreated() + " classe(s) ajouté(s).");
      }
    }
    return ErrorReporter.OK;
  }
}
