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
  /**
   * Optional (added in contract v1, additive): the direction when the number is a change, not a level:
   * "rose 4.1%" → "up", "fell 3 points" → "down". Absent on levels ("to $2.3 billion").
   */
  change?: 'up' | 'down';
  /**
   * Optional (additive): set when the number is a ratio "one in four", "3 out of 10"; `value` is then
   * numerator / denominator (0.25).
   */
  ratio?: { numerator: number; denominator: number };
}

/** A word or phrase that weakens the backing of a claim ("reportedly", "have been accused of"). */
export interface Hedge extends Span {
  /** The normalised lexicon entry that matched, e.g. "reportedly", "be accused of". */
  lemma: string;
}

/** How an article refers to a person: as a woman or as a man (see `Source.gender`). */
export type Gender = 'female' | 'male';

/** What kind of word told the gender: an article's own words first; `first-name` only when asked for. */
export type GenderEvidenceKind = 'pronoun' | 'honorific' | 'role' | 'kinship' | 'first-name';

/** One word that tells how the article refers to a person, where it stands. */
export interface GenderEvidence extends Span {
  kind: GenderEvidenceKind;
  gender: Gender;
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
  /**
   * Persons only: the gender the article's words give the person (pronouns resolved to them, honorifics,
   * gendered role nouns, kinship words; first names only with `genderNames`), null when they give none or
   * conflict. It describes how the article refers to the person, not who the person is.
   */
  gender?: Gender | null;
  /** Persons only: the words behind `gender`, in text order (all of them, also when they conflict). */
  genderEvidence?: GenderEvidence[];
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
  /**
   * Reported claims only: whether what is reported is a `clause` (it holds a verb with a tense: "said the river
   * floods") or a `phrase` ("criticized the appointment", "urged a review"). Keep only clauses for propositional
   * claims (the Gender Gap Tracker annotates those; PolNeAR both).
   */
  content?: ContentForm;
  /**
   * Reported claims only, when their cue does not report speech: `belief` for a belief, feeling or wish ("thinks",
   * "hopes", "wants", "plans"), `evidence` for what a document or data shows ("a study found", "the poll shows")
   * and `intention` for an order or decision ("ordered", "recommended", "vetoed"). Absent for speech ("said",
   * "according to"). Corpora differ here: PolNeAR annotates all four, the Gender Gap Tracker mostly speech only,
   * so the claim says which it is and users and scorers choose.
   */
  cueClass?: ReportedCueClass;
}

/** What a reported claim's content is: see `Claim.content`. */
export type ContentForm = 'clause' | 'phrase';

/** What a reported claim's cue attributes when it is not speech: see `Claim.cueClass`. */
export type ReportedCueClass = 'belief' | 'evidence' | 'intention';

/** A problem found in the text that did not stop extraction (e.g. an unclosed quote). */
export interface Diagnostic {
  code: string;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/**
 * What a part of a scraped page is, when it is not the article's running text: `headline` (a headline or a
 * title-case summary or section line), `dateline` (a wire dateline or a date line), `byline`, `credit` (a photo
 * credit or caption), `teaser` (a "READ MORE:"/"WATCH:"/"Related" teaser, a kicker label, an advertisement
 * line), `footer` ("Categories:", "Share this", "Sources", contact lines) and `bio` (an author bio).
 */
export type ZoneKind = 'headline' | 'dateline' | 'byline' | 'credit' | 'teaser' | 'footer' | 'bio';

/** A part of the page that is furniture: no claim, cue, source or number comes from it (a headline may be an attribution). */
export interface Zone extends Span {
  kind: ZoneKind;
}

/** The document's (first) dateline: "WASHINGTON, Jan. 5 (Reuters) -" names the place and the agency. */
export interface Dateline extends Span {
  place?: string;
  agency?: string;
}

/** The document's (first) byline: "By Ann Lee, The Canadian Press" names the writer and the agency. */
export interface Byline extends Span {
  name?: string;
  agency?: string;
}

/**
 * A quote that no one is said to have said: `name` for a quoted name or title ("a group calling itself
 * “Ghostline”", the film "Summer on Pike Street"), `scare` for the writer's scare quotes ('a "cooling centre"',
 * 'the so-called "summer of gridlock"'). Span of the quoted words, without the marks.
 */
export interface NeutralQuote extends Span {
  kind: 'name' | 'scare';
}

/** The result of extracting one document. */
export interface DocumentResult {
  id: string;
  path: string;
  sources: Source[];
  claims: Claim[];
  diagnostics: Diagnostic[];
  /** The page's furniture, in text order; present when the document has any. */
  zones?: Zone[];
  /** Present when the document has a dateline. */
  dateline?: Dateline;
  /** Present when the document has a byline. */
  byline?: Byline;
  /** Quotes that are names, titles or scare quotes (no claim); present when the document has any. */
  neutralQuotes?: NeutralQuote[];
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
  /** Where the article gives no gender for a person, use first-name lists (public-domain data; off by default). */
  genderNames?: boolean;
}
