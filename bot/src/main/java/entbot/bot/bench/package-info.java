/**
 * {@code ./entbot bench NAME}: each {@link entbot.bot.bench.BenchSuite} measures its figures beside
 * a baseline run in the same process, and returns flat {@link entbot.bot.bench.BenchFigures}.
 */
package entbot.bot.bench;
