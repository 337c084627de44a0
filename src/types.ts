/**
 * The public contract of whosaid. Everything that leaves the extractor is one of these types.
 * Offsets are JavaScript string indices (UTF-16 code units) into the decoded text, end exclusive,
 * and every span satisfies `text.slice(start, end) === span.text`.
 */

/** A piece of the input text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** What kind of statement a claim is. */
export type ClaimKind = 'quote' | 'partial-quote' | 'reported' | 'unattributed';

/**
 * What kind of entity a source is (README.md, "Source kinds"): `person` a named individual; `anonymous` an
 * individual the article does not name ("a nurse", "a senior official"), or people cited only as sources
 * ("sources"); `group` plural people ("officials", "residents"); `organization` an institution, company,
 * government, department, agency, party, court, a country acting, an acronym; `media` an outlet or published
 * material (report, study, poll, statement, post, letter, court filing); `unknown` an unresolved pronoun.
 */
export type SourceKind = 'person' | 'organization' | 'media' | 'group' | 'anonymous' | 'unknown';

/** What a number expresses. */
export type NumberKind = 'count' | 'percent' | 'money' | 'year' | 'date' | 'range' | 'ordinal';

/** A numeric expression found inside a claim, with its modifiers. */
export interface NumberValue extends Span {
  /** The value; for a range, its low end. */
  value: number;
  low?: number;
  high?: number;
  /** The noun counted or the currency, e.g. "attackers", "USD", "percent". */
  unit?: string;
  /** "about", "nearly", "roughly", "some"... */
  approximate: boolean;
  /** "up to", "at most", "fewer than" give upper; "more than", "at least" give lower. */
  bound: 'upper' | 'lower' | null;
  kind: NumberKind;
}

/** A word or phrase that weakens the backing of a claim ("reportedly", "have been accused of"). */
export interface Hedge extends Span {
  /** The normalised lexicon entry that matched, e.g. "reportedly", "be accused of". */
  lemma: string;
}

/** One entity that speaks or is cited, with every place it is mentioned. */
export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  /** A person's title, stripped from the name ("Ambassador", "Sen."). */
  title?: string;
  /** A person's role as written before the name, when more than a title ("Harbour Authority spokeswoman"). */
  role?: string;
  mentions: Span[];
}

/** One attributed (or checkable unattributed) statement. */
export interface Claim {
  id: string;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
  /** The id of the resolved source, or null when the text names none. */
  source: string | null;
  /** The mention at which this claim is attributed (e.g. the "he" in "he said"). */
  sourceMention: Span | null;
  /** The attribution cue ("said", "according to", "in a statement"). */
  cue: Span | null;
  numbers: NumberValue[];
  hedges: Hedge[];
  /** The attribution rule (sieve) that decided the source, for explanations; null when none did. */
  by: string | null;
}

/** A problem found in the text that did not stop extraction (e.g. an unclosed quote). */
export interface Diagnostic {
  code: string;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** The result of extracting one document. */
export interface DocumentResult {
  id: string;
  path: string;
  sources: Source[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}

/** The JSON output, version 1. */
export interface ClaimsFile {
  version: 1;
  documents: DocumentResult[];
}

/** Options of `extract`. */
export interface ExtractOptions {
  /** The document id (defaults to the path, or "doc"). */
  id?: string;
  /** The path as given by the user; "-" for stdin. */
  path?: string;
  /** Extra cue verbs (base forms) beside the built-in lexicon. */
  cueVerbs?: string[];
  /** Source aliases: alias name -> canonical name. */
  aliases?: Record<string, string>;
}
