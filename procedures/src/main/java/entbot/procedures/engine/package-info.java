/**
 * The procedure engine: a run is validate -> plan -> apply -> record, assembled in {@link
 * entbot.procedures.engine.ProcedureEngine}. Steps run through {@link entbot.procedures.engine.StepRunner}
 * against a {@link entbot.procedures.engine.StepContext}, which records every entity's before/after
 * state and the fingerprint of the state the plan was computed on. The actions themselves are in
 * {@code entbot.procedures.engine.action}.
 */
package entbot.procedures.engine;
