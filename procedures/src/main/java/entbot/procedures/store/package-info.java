/**
 * SQLite storage of the ENT model ({@code DATA/ent.db}). Entry point: {@link
 * entbot.procedures.store.EntDatabase} (opening, Flyway migrations, one transaction per run);
 * {@link entbot.procedures.store.EntityStore} reads and writes one entity's row as a before/after
 * state; {@link entbot.procedures.store.Directory} answers the lookups of the engine and {@link entbot.procedures.store.Listings} the listings of {@code ent users|groups|rights|rubriques}.
 */
package entbot.procedures.store;
