/**
 * Ingestion: turns guide files into passages. Entry point: {@link entbot.knowledge.ingest.Ingestion}
 * (read with a {@link entbot.knowledge.ingest.DocumentReader} chosen by extension, clean OCR noise
 * with {@link entbot.knowledge.ingest.OcrCleaner}, cut along headings with
 * {@link entbot.knowledge.ingest.PassageSplitter}).
 */
package entbot.knowledge.ingest;
