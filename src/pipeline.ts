/**
 * The extractor, top to bottom: segment -> syntax -> detect -> attribute -> resolve -> assemble.
 * Pure: text in, DocumentResult out; no files, no terminal.
 */
import type { Diagnostic, DocumentResult, ExtractOptions } from './types.js';
import { segmentParagraphs } from './segment/paragraphs.js';
import { segmentSentences, splitAfterDatelines } from './segment/sentences.js';
import { indexLines } from './segment/lines.js';
import { detectQuotes } from './detect/quotes.js';
import { detectCues } from './detect/cues.js';
import { attribute } from './attribute/attributions.js';
import { attributeQuotes } from './attribute/quote-speakers.js';
import { sourcelessAttributions } from './attribute/sourceless.js';
import { SourceResolver } from './resolve/sources.js';
import { conflictDiagnostic, genderSources } from './resolve/gender.js';
import { assembleClaims } from './assemble/claims.js';
import { buildCueVerbTable, defaultCueVerbTable, type CueVerbEntry } from './lexicon/cue-verbs.js';
import { lastStartingAtOrBefore } from './segment/locate.js';
import { detectZones, isFurniture, zoneAt } from './segment/zones.js';
import { settleQuotes } from './assemble/quote-roles.js';
import { analyse } from './syntax/analyse.js';
import { contentForm } from './syntax/content-form.js';
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
  // Page furniture (headline, dateline, byline, credits, teasers, footers), found once from the lines.
  const page = detectZones(text, paragraphs);
  const outsideFurniture = (offset: number) => !isFurniture(zoneAt(page.zones, offset));
  const { quotes, unclosed } = detectQuotes(text, paragraphs);
  // One cue table for every stage, so configured verbs count wherever a built-in one does.
  const verbs = cueVerbs(options.cueVerbs);
  const sentences = splitAfterDatelines(
    segmentSentences(text, paragraphs, quotes, verbs),
    page.zones.filter((zone) => zone.kind === 'dateline'),
  );
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
  // No cue or source comes from furniture: "READ MORE: Mayor says …" is a link, not a claim. In a Title Case
  // headline a cue of several words is Title Case words, no cue ("If Beale Street Could Talk").
  const attributions = attribute(context, cues).filter(
    (a) =>
      outsideFurniture(a.cue.start) &&
      (!a.mention || outsideFurniture(a.mention.start)) &&
      !(zoneAt(page.zones, a.cue.start)?.kind === 'headline' && /\s/.test(a.cue.text)),
  );
  const speakers = attributeQuotes(context, attributions);
  // Names, titles and scare quotes are no claim; a possessive may name who said a short quote.
  const { items: quoteAttributions, neutral } = settleQuotes(text, speakers, sentences, syntax, verbs, page.zones);

  // A name in a caption, credit or teaser is no antecedent: a pronoun never resolves across furniture.
  const running = sentences.filter((sentence) => {
    const zone = zoneAt(page.zones, sentence.start);
    return !(zone && isFurniture(zone) && zone.end >= sentence.end);
  });
  const resolver = new SourceResolver(text, running, syntax, verbs, options.aliases);
  // Sourceless attributions join only the claims: they give no quote a speaker.
  const sourceless = sourcelessAttributions(context, attributions, cues).filter((a) => outsideFurniture(a.cue.start));
  const assembled = assembleClaims(
    text,
    sentences,
    quotes,
    quoteAttributions,
    [...attributions, ...sourceless],
    resolver,
    lines,
    page.zones,
  );
  // Each reported claim says whether it reports a clause or a phrase (corpora annotate these differently).
  const claims = assembled.claims.map((claim) =>
    claim.kind === 'reported' ? { ...claim, content: contentForm(sentences, syntax, claim) } : claim,
  );
  // Gender as the article refers to each person: pronouns resolved to them, honorifics, role nouns.
  const gendered = genderSources(text, assembled.sources, syntax, { genderNames: options.genderNames });
  const { sources } = gendered;

  const diagnostics: Diagnostic[] = unclosed.map((u) => ({
    code: 'unclosed-quote',
    message: 'quote mark opened here is not closed before the end of the paragraph',
    start: u.open,
    end: u.open + 1,
    ...lines.position(u.open),
  }));
  for (const conflict of gendered.conflicts) {
    const found = conflictDiagnostic(conflict);
    diagnostics.push({ ...found, ...lines.position(found.start) });
  }
  const path = options.path ?? '';
  const result: DocumentResult = { id: options.id ?? (path || 'doc'), path, sources, claims, diagnostics };
  // Optional fields, present only when the document has them (JSON version 1 stays additive).
  if (page.zones.length > 0) result.zones = page.zones;
  if (page.dateline) result.dateline = page.dateline;
  if (page.byline) result.byline = page.byline;
  if (neutral.length > 0) result.neutralQuotes = neutral;
  return result;
}
