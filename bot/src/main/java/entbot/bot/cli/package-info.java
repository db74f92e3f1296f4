/**
 * The command line of {@code ./entbot} (picocli). Entry point: {@link entbot.bot.cli.Main}; the
 * command tree starts at {@link entbot.bot.cli.EntbotCommand}, one class per subcommand, common
 * options in {@link entbot.bot.cli.CommonOptions}, exit codes and French errors in
 * {@code ErrorReporter}.
 */
package entbot.bot.cli;
