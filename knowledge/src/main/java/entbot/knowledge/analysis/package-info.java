/**
 * French analysis. Entry point: {@link entbot.knowledge.analysis.FrenchAnalysis} (the index and
 * query analyzer chains); {@link entbot.knowledge.analysis.Glossary} loads the ENT acronyms and
 * synonyms applied at query time.
 */
package entbot.knowledge.analysis;
