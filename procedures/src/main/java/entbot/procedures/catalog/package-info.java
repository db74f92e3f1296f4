/**
 * The bundled procedures: declarative YAML files validated against {@code procedure.schema.json}
 * (errors name the line), their typed parameters and steps. Entry point: {@link
 * entbot.procedures.catalog.Catalog}; files are read by {@link entbot.procedures.catalog.ProcedureLoader}
 * and user parameters checked by {@link entbot.procedures.catalog.ParameterBinder}.
 */
package entbot.procedures.catalog;
