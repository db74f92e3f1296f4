/**
 * The local model of the ENT and its scripted procedures. Entry points: {@link
 * entbot.procedures.ProcedureService} (list, plan, apply, history, undo) and {@link
 * entbot.procedures.EntService} (init, import, directory queries); the one exception of the module is
 * {@link entbot.procedures.ProcedureException}.
 */
package entbot.procedures;
