/**
 * Filling the model in bulk: the demo school ({@link entbot.procedures.seed.DemoSchool}), generated
 * schools for benchmarks ({@link entbot.procedures.seed.SchoolGenerator}) and directory exports
 * ({@link entbot.procedures.seed.CsvImport}), all through {@link entbot.procedures.seed.ModelWriter},
 * which applies the model's checks (UAI, profiles, unique logins generated as the ENT does).
 */
package entbot.procedures.seed;
