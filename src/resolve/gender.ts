/**
 * Gender as the article refers to a person. Runs after source resolution, on each `person` source: the words
 * the article uses of the person — pronouns that resolved to them (their mentions), an honorific or a gendered
 * role noun written right before a mention ("Ms. Okafor", "spokeswoman Priya Nair"), a gendered role noun or
 * kinship word heading an appositive beside a mention ("Nair, a spokeswoman for …", "her husband, Tom Baird"),
 * a mention that is itself such a noun ("the spokeswoman"), or a pronoun later in the clause of a mention with
 * no other name between ("Lee said in her order"). One gender → that gender; none → null (or, with
 * `genderNames`, the first name's gender in the public-domain lists, when only one list has it); both → null
 * and a `gender-conflict` diagnostic. It describes how the text refers to the person, not who the person is.
 * Beside a mention it reads the syntax layer (src/syntax/): the token before it, its chunk's appositive, the
 * clause it is the subject of.
 */
import type { Diagnostic, Gender, GenderEvidence, GenderEvidenceKind, Source, Span } from '../types.js';
import type { Token } from '../segment/nlp.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../segment/locate.js';
import {
  GENDERED_HONORIFICS,
  GENDERED_KINSHIP_WORDS,
  GENDERED_PRONOUNS,
  GENDERED_ROLE_NOUNS,
} from '../lexicon/gender-words.js';
import { firstNameGender } from './first-names.js';
import { isPersonNoun } from './tokens.js';
import { descriptionAfter, subjectClauseStretch } from '../syntax/mention-phrase.js';

/** A word of the text with its offsets. */
interface Word extends Span {
  lower: string;
}

/** A problem to report on a source: the gender stage's only diagnostic. */
export interface GenderConflict {
  source: Source;
  female: GenderEvidence[];
  male: GenderEvidence[];
}

/** Words (letters, inner apostrophes, hyphens and abbreviation dots) of text[start, end), with their offsets. */
function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(/\p{L}[\p{L}’'-]*/gu)) {
    const at = start + (match.index ?? 0);
    words.push({ text: match[0], start: at, end: at + match[0].length, lower: match[0].toLowerCase() });
  }
  return words;
}

/** A token as a word. */
const wordOf = (token: Token): Word => ({
  text: token.text,
  start: token.start,
  end: token.end,
  lower: token.text.toLowerCase(),
});

/** The gender of a pronoun, also contracted with a verb ("she's", "he'd", "she’ll"). */
function pronounGender(word: Word): Gender | undefined {
  return GENDERED_PRONOUNS.get(word.lower.replace(/[’'](s|d|ll|re|ve)$/, ''));
}

/** The gendered reading of a noun, if any: a role noun or a kinship word. */
function nounEvidence(word: Word): GenderEvidence | null {
  const singular = word.lower.replace(/[’']s$/, '');
  const role = GENDERED_ROLE_NOUNS.get(singular);
  if (role) return evidence(word, 'role', role);
  const kin = GENDERED_KINSHIP_WORDS.get(singular);
  return kin ? evidence(word, 'kinship', kin) : null;
}

function evidence(span: Span, kind: GenderEvidenceKind, gender: Gender): GenderEvidence {
  return { text: span.text, start: span.start, end: span.end, kind, gender };
}

/** A lower-case role noun or kinship word: a capitalised one inside a name is a name ("Billie Jean King"). */
function lowerNounEvidence(word: Word | null): GenderEvidence | null {
  return word && word.text === word.lower ? nounEvidence(word) : null;
}

/** Where a mention lies in the syntax layer: its sentence's analysis and its first and last token there. */
interface Place {
  syntax: SentenceSyntax;
  first: number;
  last: number;
}

/** The analyses of the document's sentences, found by offset (binary searches: linear in the mentions). */
class SyntaxIndex {
  private readonly analyses: SentenceSyntax[];
  /** The first token of each analysis, for the search by offset. */
  private readonly firsts: Token[];

  constructor(analyses: readonly SentenceSyntax[]) {
    this.analyses = analyses.filter((a) => a.tokens.length > 0);
    this.firsts = this.analyses.map((a) => a.tokens[0]);
  }

  /** The sentence and tokens a span covers, or null when it covers none (a span outside any sentence). */
  place(span: Span): Place | null {
    const i = lastStartingAtOrBefore(this.firsts, span.start);
    if (i < 0) return null;
    const syntax = this.analyses[i];
    const tokens = syntax.tokens;
    // The first token that ends after the span starts, the last that starts before it ends.
    let first = lastStartingAtOrBefore(tokens, span.start);
    if (first < 0 || tokens[first].end <= span.start) first++;
    const last = firstStartingAtOrAfter(tokens, span.end) - 1;
    return first <= last && first < tokens.length ? { syntax, first, last } : null;
  }
}

/** The title written right before a mention: "Ms. Okafor", "Mr Lee", "spokeswoman Priya Nair", "Chairman Li". */
function titleBefore({ syntax, first }: Place): GenderEvidence | null {
  if (first === 0 || syntax.breaks[first - 1]) return null;
  const before = wordOf(syntax.tokens[first - 1]);
  const honorific = GENDERED_HONORIFICS.get(before.lower.replace(/\.$/, ''));
  if (honorific && /^\p{Lu}/u.test(before.text)) return evidence(before, 'honorific', honorific);
  return nounEvidence(before);
}

/**
 * The head of the appositive beside a mention, from the syntax layer's chunks: after it ("Priya Nair, a
 * spokeswoman for …", "Tom Baird, her husband", "Linda Lamoureux, executive chairwoman of …") or before it, where
 * the name is the appositive ("The victim's mother, Ann Lee"). A relative clause or a coordination is none.
 */
function appositiveHeads({ syntax, last }: Place): GenderEvidence[] {
  const chunk = syntax.chunkAt[last];
  if (chunk < 0) return [];
  const found: GenderEvidence[] = [];
  const own = syntax.chunks[chunk];
  for (const other of [own.appositive >= 0 ? own.appositive : descriptionAfter(syntax, chunk), own.appositiveOf]) {
    if (other < 0) continue;
    const item = lowerNounEvidence(wordOf(syntax.tokens[syntax.chunks[other].head]));
    if (item) found.push(item);
  }
  return found;
}

/** How many tokens after a subject a pronoun of its clause is looked for (a bound: text without stops stays linear). */
const SAME_CLAUSE_REACH = 30;

/**
 * A pronoun later in the clause whose subject the mention is (or whose subject it stands in apposition to), in
 * that clause or the clauses inside it, with nothing that could be another antecedent between: "Lamoureux,
 * executive chairwoman of the commission, said in her order". Starts past the subject's appositive ("Tom Baird,
 * her husband, said": its possessive is someone else's); stops at a quote (quoted words are someone's own), at a
 * bracket, semicolon or colon, at the clause's end, and at any capitalised word (another name).
 */
function pronounInClause({ syntax, last }: Place): GenderEvidence | null {
  const stretch = subjectClauseStretch(syntax, last, SAME_CLAUSE_REACH);
  if (!stretch) return null;
  const tokens = syntax.tokens;
  for (let i = stretch.first; i <= stretch.last; i++) {
    const word = wordOf(tokens[i]);
    const gender = pronounGender(word);
    if (gender) return /^\p{Lu}/u.test(word.text) ? null : evidence(word, 'pronoun', gender);
    // Another person who could be the pronoun's antecedent: a name, or a noun of a person ("told the boy that he").
    const other = syntax.chunkAt[i];
    if (/^\p{Lu}/u.test(word.text) || (other >= 0 && syntax.chunks[other].head === i && isPersonNoun(tokens[i])))
      return null;
  }
  return null;
}

/**
 * Evidence the article gives at one mention of a person: `direct` (the mention itself, a title or an appositive
 * beside it, a pronoun the resolver gave the person) and `nearby` (a pronoun later in the mention's clause, which
 * may be someone else's: "McNeely said he had warned her").
 */
function evidenceAt(place: Place): { direct: GenderEvidence[]; nearby: GenderEvidence | null } {
  const own = place.syntax.tokens.slice(place.first, place.last + 1).map(wordOf);
  // A pronoun resolved to the person: "she".
  const pronoun = own.length === 1 ? pronounGender(own[0]) : undefined;
  if (pronoun) return { direct: [evidence(own[0], 'pronoun', pronoun)], nearby: null };
  const found: GenderEvidence[] = [];
  // The mention itself: "Mrs. Okafor", "the spokeswoman".
  for (const word of own.slice(0, -1)) {
    const honorific = GENDERED_HONORIFICS.get(word.lower.replace(/\.$/, ''));
    if (honorific && /^\p{Lu}/u.test(word.text)) found.push(evidence(word, 'honorific', honorific));
    // A role written inside the mention, before the name: "Harbour Authority spokeswoman Tilde Maraga".
    else {
      const role = lowerNounEvidence(word);
      if (role) found.push(role);
    }
  }
  // The mention's head: "the spokeswoman", "her husband".
  const chunk = place.syntax.chunkAt[place.last];
  const head = chunk >= 0 ? place.syntax.chunks[chunk].head : place.last;
  const ownNoun =
    head >= place.first && head <= place.last ? lowerNounEvidence(wordOf(place.syntax.tokens[head])) : null;
  if (ownNoun) found.push(ownNoun);
  for (const item of [titleBefore(place), ...appositiveHeads(place)]) if (item) found.push(item);
  return { direct: found, nearby: pronounInClause(place) };
}

/** Evidence items once each (two mentions may see the same word), in text order. */
function distinct(items: GenderEvidence[]): GenderEvidence[] {
  const seen = new Set<string>();
  return items
    .filter((item) => {
      const key = `${item.start}:${item.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first-name evidence of a person: the first word of a mention that starts with the source name's first word. */
function firstNameEvidence(text: string, source: Source): GenderEvidence | null {
  const first = wordsIn(source.name, 0, source.name.length)[0];
  // A single word is as likely a surname ("Okafor said") as a first name: only a full name has a first name.
  if (!first || wordsIn(source.name, 0, source.name.length).length < 2) return null;
  const gender = firstNameGender(first.text);
  if (gender === null) return null;
  for (const mention of source.mentions) {
    const word = wordsIn(text, mention.start, mention.end).find((w) => w.lower === first.lower);
    if (word) return evidence(word, 'first-name', gender);
  }
  return null;
}

/**
 * Give every person source its `gender` and `genderEvidence` (other sources are returned as they are).
 * Returns the new sources and the conflicts, for the caller to turn into diagnostics.
 */
export function genderSources(
  text: string,
  sources: readonly Source[],
  syntax: readonly SentenceSyntax[],
  options: { genderNames?: boolean } = {},
): { sources: Source[]; conflicts: GenderConflict[] } {
  const conflicts: GenderConflict[] = [];
  const index = new SyntaxIndex(syntax);
  const gendered = sources.map((source): Source => {
    if (source.kind !== 'person') return source;
    const at = source.mentions.flatMap((mention) => {
      const place = index.place(mention);
      return place ? [evidenceAt(place)] : [];
    });
    const direct = distinct(at.flatMap((e) => e.direct));
    // A pronoun near a mention counts only where the article gives no direct evidence: it may be another's.
    const found = direct.length > 0 ? direct : distinct(at.flatMap((e) => (e.nearby ? [e.nearby] : [])));
    const female = found.filter((e) => e.gender === 'female');
    const male = found.filter((e) => e.gender === 'male');
    if (female.length > 0 && male.length > 0) {
      conflicts.push({ source, female, male });
      return { ...source, gender: null, genderEvidence: found };
    }
    if (found.length > 0) return { ...source, gender: found[0].gender, genderEvidence: found };
    const byName = options.genderNames ? firstNameEvidence(text, source) : null;
    return byName
      ? { ...source, gender: byName.gender, genderEvidence: [byName] }
      : { ...source, gender: null, genderEvidence: [] };
  });
  return { sources: gendered, conflicts };
}

/** A conflict's diagnostic: at the first word that contradicts the person's first evidence. */
export function conflictDiagnostic(conflict: GenderConflict): Omit<Diagnostic, 'line' | 'column'> {
  const quote = (e: GenderEvidence) => `"${e.text}" (${e.kind})`;
  const [female, male] = [conflict.female[0], conflict.male[0]];
  const second = female.start < male.start ? male : female;
  return {
    code: 'gender-conflict',
    message: `the article refers to ${conflict.source.name} both as a woman (${quote(female)}) and as a man (${quote(male)}): no gender given`,
    start: second.start,
    end: second.end,
  };
}
