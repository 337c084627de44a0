/**
 * The only module that imports compromise. It turns a stretch of text into tagged tokens with offsets
 * into the whole document, and sentence ranges as compromise sees them.
 */
import { createRequire } from 'node:module';
import type Nlp from 'compromise';
import { QUANTIFIER_SUBJECTS, SUBJECT_PRONOUNS } from '../lexicon/function-words.js';
import { inflect, SPEECH_VERBS } from '../lexicon/cue-verbs.js';

/**
 * compromise through its single-file build. Its ESM entry (`import nlp from 'compromise'`) is its source tree,
 * 456 modules that Node's ESM loader resolves, reads and links one by one: about 260 ms to import on the
 * bench machine. The same version's bundled CommonJS build, which its package exports for `require`, loads
 * in about 170 ms; the tagger and lexicon are the same. This is most of whosaid's start-up (docs/performance.md).
 */
let nlp: typeof Nlp | null = null;

/**
 * compromise, loaded on first use: a `--jobs` run's main thread, which only reads files and writes output,
 * never pays for it (≈0.1 s and ≈33 MB); the workers and one-thread runs load it with their first document.
 */
function compromise(): typeof Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as typeof Nlp;
  return nlp;
}

/** A word with its offsets, its compromise tags and the punctuation around it. */
export interface Token {
  text: string;
  /** Lowercase, without surrounding punctuation, as compromise normalises it. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as in the text. */
  pre: string;
  post: string;
  tags: Set<string>;
}

/** The fields of a compromise term object that whosaid reads (after the `offset` step). */
export interface Term {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** A compromise document (its `View`) as whosaid drives it: steps computed in order, the terms of each sentence. */
interface TaggedView {
  compute(step: string | ((view: TaggedView) => void)): unknown;
  /** Every sentence of the document, in order (a sparse array leaves sentences out of a step). */
  document: Term[][];
  docs: Term[][];
}

/** compromise's pieces that whosaid drives, taken once from the library. */
interface Compromise {
  world: object;
  /** Text into sentences of terms, each with its normal form: what `nlp.tokenize` runs before its compute steps. */
  fromString: (text: string, world: object) => Term[][];
  /** The document class (what `nlp.tokenize` wraps the sentences in). */
  View: new (document: Term[][]) => TaggedView;
  /** The words, the parts after an apostrophe and the parts before it that compromise's contraction table splits. */
  contractionWords: Set<string>;
  contractionEnds: Set<string>;
  contractionStarts: Set<string>;
}

let parts: Compromise | null = null;

function compromiseParts(): Compromise {
  if (parts) return parts;
  const lib = compromise();
  const methods = lib.methods() as { one: { tokenize: { fromString: Compromise['fromString'] } } };
  const table = (lib.model() as { one: { contractions: { word?: string; after?: string; before?: string }[] } }).one
    .contractions;
  const defined = (values: (string | undefined)[]): Set<string> =>
    new Set(values.filter((v): v is string => v !== undefined));
  parts = {
    world: lib.world(),
    fromString: methods.one.tokenize.fromString,
    View: lib('').constructor as Compromise['View'],
    contractionWords: defined(table.map((c) => c.word)),
    contractionEnds: defined(table.map((c) => c.after)),
    contractionStarts: defined(table.map((c) => c.before)),
  };
  return parts;
}

/** compromise's two number patterns that its contraction step splits: "44-2", "5-9pm" and "5km". */
const NUMBER_RANGE = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;
/** Word ends and starts that compromise's contraction step splits by rule, besides its table ("n't", "'d"; "l'", "j'", "d'"). */
const RULE_ENDS = new Set(['t', 'd']);
const RULE_STARTS = new Set(['j', 'l', 'd']);

/**
 * Whether compromise's contraction step can split this term: the same tests on the same fields that its loop
 * makes before it splits one (compromise 14.17, `contraction-one/compute/contractions`).
 */
function mayContract(term: Term, c: Compromise): boolean {
  const normal = term.normal;
  if (c.contractionWords.has(normal)) return true;
  if (normal.includes("'")) {
    const [before, after] = normal.split("'");
    if (c.contractionEnds.has(after) || RULE_ENDS.has(after) || RULE_STARTS.has(before)) return true;
    if (c.contractionStarts.has(before) && after.length > 2) return true;
    if (before === 'there' && after === 's') return true;
  }
  return NUMBER_RANGE.test(normal) || NUMBER_UNIT.test(term.text);
}

/**
 * compromise's `contractions` step, run on the sentences that have a word it can split (one in seven of
 * PolNeAR's). Its loop tests every term against its whole table of 61 contractions, half of the step's time;
 * a sentence with no such word it leaves as it is. The others are handed to it in a sparse copy of the
 * document, each at its own index (the step loops with `forEach`, which skips the holes, and writes that index
 * into the terms it makes), and split in place.
 */
function contractions(view: TaggedView): void {
  const c = compromiseParts();
  const { document } = view;
  let some: Term[][] | null = null;
  for (let n = 0; n < document.length; n++) {
    if (document[n].some((term) => mayContract(term, c))) {
      some ??= new Array<Term[]>(document.length);
      some[n] = document[n];
    }
  }
  if (some) new c.View(some).compute('contractions');
}

/**
 * compromise's tagging steps that whosaid runs on the split text: of what `nlp(text)` runs, only those whose tags
 * whosaid reads. Left out: the pattern-based `postTagger` corrections and `chunks` (about 70% of its time on
 * polnear-dev, 0.3-0.4 points of eval F1), and `id`, `contractionTwo` (no change on fixtures or eval). `index`
 * stays: without it sentence-initial names lose their ProperNoun tag. `offset` fills term offsets; terms are
 * read directly, without building JSON.
 *
 * The text is split with compromise's own `fromString`, which `nlp.tokenize` calls before it runs `alias`,
 * `normal`, `machine` and `contractions`; whosaid then ran `machine`, `index`, `contractions`, `normal`, `lexicon`,
 * `preTagger`, `offset`. This list is that sequence without its three runs that cannot change a term, a fifth of
 * compromise's time: both `normal` runs (`fromString` already sets every term's normal form from its text, and no
 * step before them changes a text; a contraction's new terms get theirs from the split) and the first `machine`
 * (the second one writes the same value from the same normal form, and `contractions` does not read it). The
 * second `contractions` stays: it splits the split words again ("can't" → can, not, not), and the extra
 * zero-width terms are neighbours the preTagger reads ("let's" is an imperative only so). Both run on the
 * sentences they can change (`contractions` above). Term for term the documents are the same as before (every
 * field but compromise's random term ids) over the PolNeAR and ggt texts, the fixtures and the adversarial texts;
 * __tests__/segment/nlp.test.ts holds them to compromise's own sequence.
 */
const TAGGING_STEPS = ['alias', contractions, 'machine', 'index', contractions, 'lexicon', 'preTagger', 'offset'];

/**
 * compromise's sentences and terms for a text, tagged (the steps above), before whosaid's corrections; term
 * offsets are into `text`.
 */
export function compromiseTerms(text: string): Term[][] {
  const { world, fromString, View } = compromiseParts();
  const doc = new View(fromString(text, world));
  for (const step of TAGGING_STEPS) doc.compute(step);
  return doc.docs;
}

/** Longest run of non-letter, non-space characters handed to compromise in one piece. */
const MAX_PUNCTUATION_RUN = 64;
/** Longest run of non-space characters handed to compromise in one piece (no word or address of news is longer). */
const MAX_WORD_RUN = 1000;

/**
 * compromise's punctuation splitter is quadratic in a run of punctuation with no space ("““““…"), and its
 * tagger overflows the call stack on a word of millions of digits: such a run gets a space every
 * MAX_PUNCTUATION_RUN (punctuation) or MAX_WORD_RUN (any non-space) characters. The string keeps its length, so
 * offsets hold, and only adversarial text has such runs.
 */
function breakPunctuationRuns(text: string): string {
  let run = 0;
  let word = 0;
  let chars: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || (code > 127 && /\s/u.test(text[i]));
    const plain =
      space ||
      (code >= 48 && code <= 57) ||
      ((code | 32) >= 97 && (code | 32) <= 122) ||
      (code > 127 && /[\p{L}\p{N}]/u.test(text[i]));
    run = plain ? 0 : run + 1;
    word = space ? 0 : word + 1;
    if (run >= MAX_PUNCTUATION_RUN || word >= MAX_WORD_RUN) {
      chars ??= Array.from({ length: text.length }, (_, k) => text[k]);
      chars[i] = ' ';
      run = 0;
      word = 0;
    }
  }
  return chars ? chars.join('') : text;
}

/**
 * A curly quote mark glued between punctuation and a word ("said,“We", "fear,”Dana"), or a straight one after a
 * colon ("Lee:\"We", where it can only open a quote): compromise reads the
 * whole run as one word. A space stands in for the punctuation before an opening mark (which stays the next
 * word's `pre`) and for a closing mark (which stays in the word's `post` before it); the string keeps its
 * length, and `tagRange` puts the text's own characters back into `pre` and `post`.
 */
const GLUED_OPENING = /(?<=[\p{L}\p{N}])[,.:;!?](?=[“‘]\p{L})|(?<=[\p{L}\p{N})]):(?="\p{L})/gu;
// Not "’" before "s": "The U.S.’s envoy", "Inc.’s" are possessives, not a closing quote.
const GLUED_CLOSING = /(?<=[\p{L}\p{N}][,.:;!?])(?:”|’(?!s\b))(?=\p{L})/gu;

function unglueQuotes(text: string): string {
  if (!text.includes('“') && !text.includes('”') && !text.includes('‘') && !text.includes('’') && !text.includes(':"'))
    return text;
  return text.replace(GLUED_OPENING, ' ').replace(GLUED_CLOSING, ' ');
}

const POSSESSIVE_END = /['’]s$/i;

/**
 * The one correction of compromise's left-out postTagger that source finding needs: a base-form verb
 * right after a determiner or a possessive is a noun ("The campaign says", "O’Malley’s campaign says",
 * "his campaign"). Without it a subject like "the campaign" has no head.
 */
function nounsAfterDeterminers(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.tags.has('Infinitive') || token.tags.has('Noun')) continue;
    const before = tokens[i - 1];
    const plainGap = before.post.trim() === '';
    const determiner =
      plainGap &&
      (before.tags.has('Determiner') ||
        (before.tags.has('Possessive') && before.tags.has('Pronoun')) ||
        (POSSESSIVE_END.test(before.text) && before.tags.has('Noun') && !before.tags.has('Pronoun')));
    if (determiner || pluralPossessive(before) || nounBetweenNameAndVerb(tokens, i))
      token.tags = new Set(['Noun', 'Singular']);
  }
}

/** "Bernie Sanders’ campaign says": a name ending in s with a bare apostrophe after it is a possessive. */
function pluralPossessive(token: Token): boolean {
  return (
    /^['’]$/.test(token.post.trim()) && /s$/i.test(token.text) && token.tags.has('Noun') && !token.tags.has('Pronoun')
  );
}

/**
 * "The Clinton campaign said", "the Trump campaign told": a base-form verb between a proper noun and a finite
 * verb is a noun (two verbs do not stand side by side).
 */
function nounBetweenNameAndVerb(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!after || before.post.trim() !== '' || tokens[i].post.trim() !== '') return false;
  if (!before.tags.has('ProperNoun') || before.tags.has('Pronoun')) return false;
  return (
    after.tags.has('Verb') &&
    (after.tags.has('PastTense') ||
      (after.tags.has('PresentTense') && /s$/.test(after.normal) && !after.tags.has('Infinitive')))
  );
}

/**
 * "Other refugee advocates also said", "Crime rates rose": a present-tense verb in s right after a noun and
 * before a past-tense verb (across adverbs) or a modal is a plural noun (two finite verbs do not stand side by side).
 */
function pluralNounsBeforeVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    const before = tokens[i - 1];
    if (
      !token.tags.has('PresentTense') ||
      token.tags.has('Noun') ||
      token.tags.has('Gerund') ||
      token.tags.has('Copula') ||
      token.tags.has('Auxiliary') ||
      !/[^s]s$/.test(token.normal)
    )
      continue;
    if (!before.tags.has('Noun') || before.tags.has('Pronoun') || before.post.trim() !== '' || token.post.trim() !== '')
      continue;
    let k = i + 1;
    while (k < tokens.length - 1 && tokens[k].tags.has('Adverb') && tokens[k].post.trim() === '') k++;
    const next = tokens[k];
    if (next.tags.has('Verb') && (next.tags.has('PastTense') || next.tags.has('Modal')) && !next.tags.has('Noun'))
      token.tags = new Set(['Noun', 'Plural']);
  }
}

/** A word contracted with a form of "be" ("He’s", "they’re", "I’m"), the word captured. */
const BE_CONTRACTION = /^([a-z]+)['’](s|re|m)$/i;

/**
 * "He’s predicting …": compromise keeps a contracted pronoun as one word, normalised "he's"; its normal form
 * becomes the pronoun so that it names a source like "He" does.
 */
function pronounContractions(tokens: Token[]): void {
  for (const token of tokens) {
    const m = BE_CONTRACTION.exec(token.normal);
    if (m && SUBJECT_PRONOUNS.has(m[1].toLowerCase()) && token.tags.has('Pronoun')) token.normal = m[1].toLowerCase();
  }
}

/** Verbs of saying and showing that compromise, without its postTagger, reads as nouns after a noun ("records show"); measured on polnear-train.jsonl, other cue verbs ("notes", "claims") so read are nouns more often. */
const VERB_READINGS = new Set(['show', 'shows', 'say', 'says', 'call', 'calls', 'tell', 'tells']);

/**
 * "…, records show.", "Recent polling shows that …", "Polls there show Trump is trailing", "Jake Sullivan, calls her
 * record …": such a word right after a noun (or a gerund, or "there" after a noun), before "that", a determiner, a
 * pronoun, a name, a number or the end of its clause, is the verb of that noun.
 */
function verbsAfterNouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.tags.has('Verb') || token.pre.trim() !== '') continue;
    if (!VERB_READINGS.has(token.normal) && !speechAfterPerson(tokens, i)) continue;
    const b = tokens[i - 1].normal === 'there' && i >= 2 ? i - 2 : i - 1;
    const before = tokens[b];
    const noun =
      (before.tags.has('Noun') &&
        !before.tags.has('Pronoun') &&
        !before.tags.has('Determiner') &&
        !before.tags.has('Possessive')) ||
      before.tags.has('Gerund') ||
      oneWordPluralSubject(tokens, b);
    if (!noun || /[^,\s]/.test(before.post) || (before.post.includes(',') && !before.tags.has('ProperNoun'))) continue;
    // A base form agrees with a plural only ("records show", not "the radio show").
    if (!/s$/.test(token.normal) && !before.tags.has('Plural') && !/s$/.test(before.normal)) continue;
    const next = tokens[i + 1];
    // "the radio show “Morning Talk”": a title in quotes after the word names it.
    if (next && /[“"‘]/.test(next.pre)) continue;
    const clauseEnds = !next || /[,.;:!?]/.test(token.post);
    // "shows that aired": "that" before a verb opens a relative clause, no content.
    const thatClause =
      next?.normal === 'that' && !(tokens[i + 2]?.tags.has('Verb') && !tokens[i + 2]?.tags.has('Pronoun'));
    const opensObject =
      next &&
      (thatClause ||
        (next.tags.has('Determiner') && next.normal !== 'that') ||
        (next.tags.has('Pronoun') && !next.tags.has('Possessive')) ||
        next.tags.has('ProperNoun') ||
        next.tags.has('Value') ||
        next.tags.has('Possessive'));
    if (!clauseEnds && !opensObject) continue;
    token.tags = new Set(['Verb', 'PresentTense']);
    // "Recent polling shows", "…, records show.": the word before is the subject's noun.
    if (before.tags.has('Verb')) before.tags = new Set(['Noun', 'Plural']);
  }
}

/** The -s forms of the verbs of saying ("describes", "insists"): the second form `inflect` gives. */
const SPEECH_S_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS.map((verb) => inflect(verb)[1]));

/**
 * "Anthony describes her as …": the -s form of a verb of saying right after a person's name (not one a determiner
 * or a possessive opens: "the Clinton claims") is the name's verb, not a plural noun.
 */
function speechAfterPerson(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!SPEECH_S_FORMS.has(tokens[i].normal) || !before.tags.has('Person') || before.post.trim() !== '') return false;
  const opener = tokens[i - 2];
  return !opener || !(opener.tags.has('Determiner') || opener.tags.has('Possessive'));
}

/** "…, records show.": a present-tense verb in s standing alone after a break (or opening the sentence), read as a plural noun. */
function oneWordPluralSubject(tokens: Token[], b: number): boolean {
  const word = tokens[b];
  if (!word.tags.has('PresentTense') || !/s$/.test(word.normal) || word.tags.has('Gerund')) return false;
  return b === 0 || /[,;:—–]/.test(tokens[b - 1].post);
}

/**
 * "with 50 percent saying she is prepared": an -ing word compromise reads as a noun, right before "that" or a
 * subject pronoun and not after a determiner or an adjective ("the old saying that"), is a gerund.
 */
function gerundsBeforeClauses(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (!/ing$/.test(token.normal) || token.tags.has('Verb') || !token.tags.has('Noun') || token.post.trim() !== '')
      continue;
    const before = tokens[i - 1];
    if (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Possessive')) continue;
    const next = tokens[i + 1];
    if (next.normal === 'that' || SUBJECT_PRONOUNS.has(next.normal))
      token.tags = new Set(['Verb', 'Gerund', 'PresentTense']);
  }
}

/**
 * "said the candidate erred but noted that …": an -ed word compromise reads as an adjective, right after "and" or
 * "but" and right before "that", is a past-tense verb (a second predicate with its own clause).
 */
function pastVerbsBeforeThat(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (!/ed$/.test(token.normal) || token.tags.has('Verb') || !token.tags.has('Adjective')) continue;
    const before = tokens[i - 1].normal;
    if ((before !== 'and' && before !== 'but') || tokens[i - 1].post.trim() !== '' || token.post.trim() !== '')
      continue;
    if (tokens[i + 1].normal === 'that') token.tags = new Set(['Verb', 'PastTense']);
  }
}

/** Bare forms of verbs of belief and saying that compromise reads as nouns after such a quantifier ("some hope"). */
const BARE_CUE_FORMS = new Set(['think', 'believe', 'hope', 'say', 'fear', 'want', 'know', 'expect', 'argue', 'feel']);

/**
 * "Both think the mayor …", "But few believe their …", "a strategy some believe he …": a bare cue form read as a
 * noun right after a quantifier subject — which opens its sentence or follows a break, a conjunction or a noun, not
 * a verb, a preposition or a determiner ("there is some hope that") — and before a clause is that subject's verb.
 */
function verbsAfterQuantifiers(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (!BARE_CUE_FORMS.has(token.normal) || token.tags.has('Verb')) continue;
    const quantifier = tokens[i - 1];
    if (!QUANTIFIER_SUBJECTS.has(quantifier.normal) || quantifier.post.trim() !== '' || token.post.trim() !== '')
      continue;
    const before = i >= 2 ? tokens[i - 2] : undefined;
    const opens =
      !before ||
      /[,;:—–]/.test(before.post) ||
      before.tags.has('Conjunction') ||
      (before.tags.has('Noun') && !before.tags.has('Pronoun') && !before.tags.has('Possessive'));
    if (!opens) continue;
    const next = tokens[i + 1];
    const clause =
      next.normal === 'that' ||
      (next.tags.has('Pronoun') && !next.tags.has('Possessive')) ||
      next.tags.has('Determiner') ||
      next.tags.has('ProperNoun') ||
      next.tags.has('Possessive');
    if (clause) token.tags = new Set(['Verb', 'PresentTense']);
  }
}

/**
 * "WASHINGTON ― The agency said", "a big voice ― but": a horizontal bar set as a dash (as some outlets do) is
 * punctuation, like an em dash, but compromise reads it as a word. It is handed over, and kept in `pre` and
 * `post`, as an em dash (one UTF-16 unit for one: offsets hold).
 */
const asEmDashes = (text: string): string => (text.includes('\u2015') ? text.replace(/\u2015/g, '\u2014') : text);

/** Tagged sentences of `text.slice(start, end)`, offsets into `text`. */
export function tagRange(text: string, start: number, end: number): { start: number; end: number; tokens: Token[] }[] {
  const original = asEmDashes(text.slice(start, end));
  const given = unglueQuotes(original);
  const sentences = compromiseTerms(breakPunctuationRuns(given));
  const restore = given !== original;
  return sentences.map((terms) => {
    const tokens: Token[] = [];
    for (const term of terms) {
      // compromise expands contractions into extra zero-width terms ("it's" -> it + is): they have no text.
      if (!term.offset || term.offset.length === 0) continue;
      const from = start + term.offset.start;
      const to = term.offset.start + term.offset.length;
      tokens.push({
        text: term.text,
        normal: term.normal,
        start: from,
        end: from + term.offset.length,
        // The text's own punctuation where unglueQuotes put a space.
        pre: restore ? original.slice(term.offset.start - term.pre.length, term.offset.start) : term.pre,
        post: restore ? original.slice(to, to + term.post.length) : term.post,
        tags: term.tags,
      });
    }
    nounsAfterDeterminers(tokens);
    pronounContractions(tokens);
    pluralNounsBeforeVerbs(tokens);
    verbsAfterNouns(tokens);
    gerundsBeforeClauses(tokens);
    pastVerbsBeforeThat(tokens);
    verbsAfterQuantifiers(tokens);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    // Sentence ranges include the punctuation around the words (an opening “, a closing ”.).
    return first
      ? {
          start: Math.max(start, first.start - first.pre.length),
          end: Math.min(end, last.end + last.post.length),
          tokens,
        }
      : { start, end: start, tokens };
  });
}
