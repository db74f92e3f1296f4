/**
 * The ENT's vocabulary as values: schools ({@link entbot.procedures.model.Uai}), users and their
 * {@link entbot.procedures.model.Profile}, groups, access entries and the rubrique roles
 * ({@link entbot.procedures.model.RubriqueRole}). Entry point for names and logins:
 * {@link entbot.procedures.model.Names}.
 */
package entbot.procedures.model;
