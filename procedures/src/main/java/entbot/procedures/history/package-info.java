/**
 * The history of runs: {@link entbot.procedures.history.RunLog} records each applied run with every
 * entity's before/after state, and {@link entbot.procedures.history.Undo} reverses a run from those
 * states unless later runs changed the same entities.
 */
package entbot.procedures.history;
