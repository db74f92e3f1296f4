/**
 * The fixed vocabulary of step actions (ensure-group, ensure-member, ensure-service-access,
 * ensure-rubrique, ensure-rubrique-access, ensure-account, check-rule...), each idempotent and each
 * enforcing the guides' rules before it writes. Entry point: {@link
 * entbot.procedures.engine.action.StandardActions}.
 */
package entbot.procedures.engine.action;
