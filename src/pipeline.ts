/**
 * The extractor, top to bottom: segment -> syntax -> detect -> attribute -> resolve -> assemble.
 * Pure: text in, DocumentResult out; no files, no terminal.
 */
import type { Diagnostic, DocumentResult, ExtractOptions } from './types.js';
import { segmentParagraphs } from './segment/paragraphs.js';
import { segmentSentences } from './segment/sentences.js';
import { indexLines } from './segment/lines.js';
import { detectQuotes } from './detect/quotes.js';
import { detectCues } from './detect/cues.js';
import { attribute } from './attribute/attributions.js';
import { attributeQuotes } from './attribute/quote-speakers.js';
import { sourcelessAttributions } from './attribute/sourceless.js';
import { SourceResolver } from './resolve/sources.js';
import { assembleClaims } from './assemble/claims.js';
import { buildCueVerbTable, defaultCueVerbTable, type CueVerbEntry } from './lexicon/cue-verbs.js';
import { lastStartingAtOrBefore } from './segment/locate.js';
import { analyse } from './syntax/analyse.js';
import type { DocumentContext } from './attribute/context.js';

/** The table for the configured verbs of the last run that had some: a batch builds it once, not per document. */
let configuredTable: { verbs: string; table: Map<string, CueVerbEntry> } | null = null;

/** The cue table of a run: the built-in one (built once per process), or one with the configured verbs added. */
function cueVerbs(extra: string[] | undefined): Map<string, CueVerbEntry> {
  if (!extra || extra.length === 0) return defaultCueVerbTable();
  const verbs = extra.join('\n');
  if (configuredTable?.verbs !== verbs) configuredTable = { verbs, table: buildCueVerbTable(extra) };
  return configuredTable.table;
}

/** Extract the claims and sources of one document. */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const lines = indexLines(text);
  const paragraphs = segmentParagraphs(text);
  const { quotes, unclosed } = detectQuotes(text, paragraphs);
  // One cue table for every stage, so configured verbs count wherever a built-in one does.
  const verbs = cueVerbs(options.cueVerbs);
  const sentences = segmentSentences(text, paragraphs, quotes, verbs);
  const topLevel = quotes.filter((q) => !q.nested);
  // The shallow syntax of each sentence, computed once; every later stage asks it.
  const syntax = sentences.map((sentence) => analyse(sentence.tokens, topLevel));
  const context: DocumentContext = {
    text,
    sentences,
    syntax,
    quotes,
    topLevel,
    verbs,
    paragraphOf: (offset: number) => Math.max(0, lastStartingAtOrBefore(paragraphs, offset)),
    paragraphStart: (index: number) => paragraphs[index]?.start ?? 0,
  };
  const cues = detectCues(context);
  const attributions = attribute(context, cues);
  const quoteAttributions = attributeQuotes(context, attributions);

  const resolver = new SourceResolver(text, sentences, verbs, options.aliases);
  // Sourceless attributions join only the claims: they give no quote a speaker.
  const sourceless = sourcelessAttributions(context, attributions, cues);
  const { claims, sources } = assembleClaims(
    text,
    sentences,
    quotes,
    quoteAttributions,
    [...attributions, ...sourceless],
    resolver,
    lines,
  );

  const diagnostics: Diagnostic[] = unclosed.map((u) => ({
    code: 'unclosed-quote',
    message: 'quote mark opened here is not closed before the end of the paragraph',
    start: u.open,
    end: u.open + 1,
    ...lines.position(u.open),
  }));
  const path = options.path ?? '';
  return { id: options.id ?? (path || 'doc'), path, sources, claims, diagnostics };
}
