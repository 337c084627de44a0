/**
 * Gender as the article refers to a person. Runs after source resolution, on each `person` source: the words
 * the article uses of the person — pronouns that resolved to them (their mentions), an honorific or a gendered
 * role noun written right before a mention ("Ms. Okafor", "spokeswoman Priya Nair"), a gendered role noun or
 * kinship word heading an appositive beside a mention ("Nair, a spokeswoman for …", "her husband, Tom Baird"),
 * a mention that is itself such a noun ("the spokeswoman"), or a pronoun later in the clause of a mention with
 * no other name between ("Lee said in her order"). One gender → that gender; none → null (or, with
 * `genderNames`, the first name's gender in the public-domain lists, when only one list has it); both → null
 * and a `gender-conflict` diagnostic. It describes how the text refers to the person, not who the person is.
 */
import type { Diagnostic, Gender, GenderEvidence, GenderEvidenceKind, Source, Span } from '../types.js';
import {
  APPOSITIVE_OPENERS,
  GENDERED_HONORIFICS,
  GENDERED_KINSHIP_WORDS,
  GENDERED_PRONOUNS,
  GENDERED_ROLE_NOUNS,
  PHRASE_ENDERS,
} from '../lexicon/gender-words.js';
import { firstNameGender } from './first-names.js';

/** How far beside a mention, in characters, an appositive or a title is looked for (a phrase, not a sentence). */
const WINDOW = 80;
/** Most words of an appositive read for its head ("a longtime spokeswoman"; longer phrases are clauses). */
const APPOSITIVE_WORDS = 5;

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

/** The gendered reading of a noun, if any: a role noun or a kinship word. */
function nounEvidence(word: Word): GenderEvidence | null {
  const singular = word.lower.replace(/[’']s$/, '');
  const role = GENDERED_ROLE_NOUNS.get(singular);
  if (role) return evidence(word, 'role', role);
  const kin = GENDERED_KINSHIP_WORDS.get(singular);
  return kin ? evidence(word, 'kinship', kin) : null;
}

/** The gender of a pronoun, also contracted with a verb ("she's", "he'd", "she’ll"). */
function pronounGender(word: Word): Gender | undefined {
  return GENDERED_PRONOUNS.get(word.lower.replace(/[’'](s|d|ll|re|ve)$/, ''));
}

function evidence(span: Span, kind: GenderEvidenceKind, gender: Gender): GenderEvidence {
  return { text: span.text, start: span.start, end: span.end, kind, gender };
}

/** The head of a noun phrase given as words: the last word before a preposition or relative word. */
function head(words: Word[]): Word | null {
  const ender = words.findIndex((w, i) => i > 0 && PHRASE_ENDERS.has(w.lower));
  const phrase = ender === -1 ? words : words.slice(0, ender);
  return phrase.length > 0 ? phrase[phrase.length - 1] : null;
}

/** The stretch of text after `from` up to the first clause mark, at most WINDOW characters. */
function phraseAfter(text: string, from: number): number {
  const limit = Math.min(text.length, from + WINDOW);
  for (let i = from; i < limit; i++) if (/[,;:.()\n“”"!?—–]/.test(text[i])) return i;
  return limit;
}

/** The start of the stretch of text before `to`, back to the previous clause mark, at most WINDOW characters. */
function phraseBefore(text: string, to: number): number {
  const limit = Math.max(0, to - WINDOW);
  for (let i = to - 1; i >= limit; i--) if (/[,;:.()\n“”"!?—–]/.test(text[i])) return i + 1;
  return limit;
}

/** A lower-case role noun or kinship word: a capitalised one inside a name is a name ("Billie Jean King"). */
function lowerNounEvidence(word: Word | null): GenderEvidence | null {
  return word && word.text === word.lower ? nounEvidence(word) : null;
}

/** The title written right before a mention: "Ms. Okafor", "Mr Lee", "spokeswoman Priya Nair", "Chairman Li". */
function titleBefore(text: string, mention: Span): GenderEvidence | null {
  const words = wordsIn(text, Math.max(0, mention.start - 20), mention.start);
  const last = words[words.length - 1];
  if (!last) return null;
  const gap = text.slice(last.end, mention.start);
  const honorific = GENDERED_HONORIFICS.get(last.lower);
  if (honorific && /^\p{Lu}/u.test(last.text) && /^\.?\s$/.test(gap)) return evidence(last, 'honorific', honorific);
  return /^\s$/.test(gap) ? nounEvidence(last) : null;
}

/** The head of an appositive before a mention: "Her neighbor, Paul Brandt", "The victim's mother, Ann Lee". */
function appositiveBefore(text: string, mention: Span): GenderEvidence | null {
  let comma = mention.start - 1;
  while (comma >= 0 && /\s/.test(text[comma])) comma--;
  if (text[comma] !== ',') return null;
  const words = wordsIn(text, phraseBefore(text, comma), comma);
  if (words.length === 0 || words.length > APPOSITIVE_WORDS || !APPOSITIVE_OPENERS.has(words[0].lower)) return null;
  return lowerNounEvidence(head(words));
}

/** The head of an appositive after a mention: "Priya Nair, a spokeswoman for …", "Tom Baird, her husband". */
function appositiveAfter(text: string, mention: Span): GenderEvidence | null {
  if (text[mention.end] !== ',') return null;
  const words = wordsIn(text, mention.end + 1, phraseAfter(text, mention.end + 1));
  if (words.length === 0) return null;
  // "a spokeswoman for …", "her husband", and bare role phrases: "executive chairwoman of the commission".
  const opens = APPOSITIVE_OPENERS.has(words[0].lower) ? words.length >= 2 : isBareRolePhrase(text, words);
  return opens ? lowerNounEvidence(head(words.slice(0, APPOSITIVE_WORDS + 1))) : null;
}

/** An appositive without a determiner: lower-case words, not a relative or linking word, up to its head noun. */
function isBareRolePhrase(text: string, words: Word[]): boolean {
  const first = words[0];
  return first.text === first.lower && !PHRASE_ENDERS.has(first.lower) && pronounGender(first) === undefined;
}

/** How far after a mention, in characters, a pronoun in the same clause is looked for. */
const SAME_CLAUSE_REACH = 120;

/**
 * A pronoun later in the mention's own sentence, with nothing that could be another antecedent between:
 * "Lamoureux, executive chairwoman of the commission, said in her order". Stops at a quote mark (quoted
 * words are someone's own), at the end of the sentence, and at any capitalised word (another name).
 */
function pronounInClause(text: string, mention: Span): GenderEvidence | null {
  // Past an appositive first: "Tom Baird, her husband, said" — its possessive is someone else's.
  let from = mention.end;
  // A comma after a name set off by one before it ("The victim's mother, Ann Lee, said") closes that aside.
  const setOff = /,\s*$/.test(text.slice(Math.max(0, mention.start - 3), mention.start));
  if (text[mention.end] === ',' && !setOff) {
    const close = phraseAfter(text, mention.end + 1);
    if (text[close] !== ',') return null;
    from = close + 1;
  }
  const limit = Math.min(text.length, from + SAME_CLAUSE_REACH);
  let end = from;
  while (end < limit && !/[.!?;:\n“”"«»()]/.test(text[end])) end++;
  for (const word of wordsIn(text, from, end)) {
    const gender = pronounGender(word);
    if (gender) return word.text === word.lower ? evidence(word, 'pronoun', gender) : null;
    if (/^\p{Lu}/u.test(word.text)) return null;
  }
  return null;
}

/**
 * Evidence the article gives at one mention of a person: `direct` (the mention itself, a title or an appositive
 * beside it, a pronoun the resolver gave the person) and `nearby` (a pronoun later in the mention's clause, which
 * may be someone else's: "McNeely said he had warned her").
 */
function evidenceAt(text: string, mention: Span): { direct: GenderEvidence[]; nearby: GenderEvidence | null } {
  const own = wordsIn(text, mention.start, mention.end);
  // A pronoun resolved to the person: "she".
  const pronoun = own.length === 1 ? pronounGender(own[0]) : undefined;
  if (pronoun) return { direct: [evidence(own[0], 'pronoun', pronoun)], nearby: null };
  const found: GenderEvidence[] = [];
  // The mention itself: "Mrs. Okafor", "the spokeswoman".
  for (const word of own.slice(0, -1)) {
    const honorific = GENDERED_HONORIFICS.get(word.lower);
    if (honorific && /^\p{Lu}/u.test(word.text)) found.push(evidence(word, 'honorific', honorific));
    // A role written inside the mention, before the name: "Harbour Authority spokeswoman Tilde Maraga".
    else {
      const role = lowerNounEvidence(word);
      if (role) found.push(role);
    }
  }
  const ownNoun = lowerNounEvidence(head(own));
  if (ownNoun) found.push(ownNoun);
  const beside = [titleBefore(text, mention), appositiveBefore(text, mention), appositiveAfter(text, mention)];
  for (const item of beside) if (item) found.push(item);
  return { direct: found, nearby: pronounInClause(text, mention) };
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
  options: { genderNames?: boolean } = {},
): { sources: Source[]; conflicts: GenderConflict[] } {
  const conflicts: GenderConflict[] = [];
  const gendered = sources.map((source): Source => {
    if (source.kind !== 'person') return source;
    const at = source.mentions.map((mention) => evidenceAt(text, mention));
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
