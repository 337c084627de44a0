/**
 * Cues: the words that mark an attribution. Cue verbs from the lexicon (checked against compromise's
 * part of speech, so "the report" is no cue), and "according to". Cues inside a quotation are the quoted
 * speaker's words, not the article's attributions, and are left out.
 */
import { MEDIA_NOUNS } from '../lexicon/source-words.js';
import type { DocumentContext } from '../attribute/context.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { datedHeadNoun } from '../syntax/words.js';
import type { Sentence, Token } from '../segment/sentences.js';
import type { Quote } from './quotes.js';
import { containing } from '../segment/locate.js';
import { isModalName } from '../syntax/token-shape.js';
import { BE_FORMS, FINITE_BE } from '../lexicon/be-forms.js';
import {
  COORDINATED_STANCE_FORMS,
  inflect,
  PHRASE_CUES_BY_FORM,
  PHRASE_CUE_CLASSES,
  type CueClass,
  type CueVerbEntry,
  ADDRESSEE_VERBS,
} from '../lexicon/cue-verbs.js';
import { coordinatedPredicatePairs } from '../syntax/coordination.js';
import { CLAUSE_CUE_NOUNS, CUE_NOUNS } from '../lexicon/cue-nouns.js';
import { possessedNounCue, type NounCueFrame } from '../syntax/noun-cues.js';
import { passiveClauseFrame } from '../syntax/mention-frames.js';
import { complementOpensAt, thatComplementAfter } from '../syntax/content-bounds.js';
import {
  FINITE_AUXILIARIES,
  HAVE_FORMS,
  NOUN_MARKING_DETERMINERS,
  SINGULAR_AUXILIARIES,
  STATEMENT_DETERMINERS,
  REFLEXIVE_PRONOUNS,
} from '../lexicon/function-words.js';

/** A cue found in a sentence. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Index of the cue's (first) token in its sentence. */
  token: number;
  /** Index of its last token. */
  lastToken: number;
  kind: 'verb' | 'according-to' | 'colon' | 'sourceless' | 'noun';
  cueClass: CueClass;
  base: string;
  /** A cue noun's possessor and complement, as the syntax layer found them when it made the noun a cue. */
  frame?: NounCueFrame;
}

/** Where a cue lies: text[start, end), over tokens[token..lastToken] of its sentence. */
interface CueExtent {
  start: number;
  end: number;
  token: number;
  lastToken: number;
}

/** A cue of a sentence over an extent, its words as written; what it is (`kind`, `cueClass`, `base`, a noun's frame). */
export function cueOver(
  text: string,
  sentence: Sentence,
  at: CueExtent,
  what: Pick<Cue, 'kind' | 'cueClass' | 'base' | 'frame'>,
): Cue {
  return { ...at, text: text.slice(at.start, at.end), sentence: sentence.index, ...what };
}

/**
 * Forms of cue verbs that, measured on polnear-train.jsonl, attribute less than a third of the time:
 * aspectual "continue(s) to", "find(s)" of people, "states" read as a noun, "consider(s)". "state(s)" is a cue
 * after all where the syntax reads it as the finite verb of a clause with a subject ("The coach states that …").
 */
const NOT_CUE_FORMS = new Set([
  'continue',
  'continues',
  'continuing',
  'state',
  'states',
  'find',
  'finds',
  'consider',
  'considers',
  'considering',
  'maintain',
  'maintains',
  'maintained',
  'known',
  // Cue verbs whose bare and -s forms are mostly nouns ("magazine brands", "growth forecasts", "mailing lists").
  'brand',
  'brands',
  'forecast',
  'forecasts',
  'list',
  'lists',
  'email',
  'emails',
  'rail',
  'rails',
  'hail',
  'hails',
  // Intention verbs whose bare and -s forms are mostly nouns ("factory orders", "a veto", "a petition").
  'order',
  'orders',
  'veto',
  'vetoes',
  'petition',
  'petitions',
  // "thanks to the storm", "Thank you", "the report highlights", "the fares are encouraging", "a safe distance",
  // "a single vote", "a brush with the law": only "thanked", "thanking", "highlighted", "encouraged", "distanced",
  // "chanted", "sparred", "brushed", "singled" (out), "articulated", "uttered", "pivoted" (to) and "credited"
  // report what someone said (src/lexicon/cue-verbs.ts).
  'thank',
  'thanks',
  'highlight',
  'highlights',
  'highlighting',
  'encourage',
  'encourages',
  'encouraging',
  'distance',
  'distances',
  'distancing',
  'chant',
  'chants',
  'spar',
  'spars',
  // Regular forms the table makes of "spar" that are "spare"'s ("Russians spared", "sparing no expense").
  'spared',
  'sparing',
  'brush',
  'brushes',
  'brushing',
  'single',
  'singles',
  'singling',
  'articulate',
  'articulates',
  'articulating',
  'utter',
  'utters',
  'uttering',
  'pivot',
  'pivots',
  'pivoting',
  'credit',
  'credits',
]);

/**
 * Bases among those forms that attribute after all when a "that" clause with its own subject follows ("the poll
 * also finds that …", "has always maintained that …", "Putin forecast that …"); "find that purpose" has no clause.
 */
const CUES_BEFORE_THAT_CLAUSE = new Set(['find', 'maintain', 'forecast']);

/** Word forms that are cues only when compromise does not read them as nouns or adjectives. */
function isVerbReading(tags: Set<string>): boolean {
  if (tags.has('Verb')) return !tags.has('Adjective') || tags.has('PastTense');
  return false;
}

/** "called in the airstrikes", "called off the talks": particles that make "call" an action, not speech. */
const CALL_NOT_SPEECH = new Set(['in', 'off', 'up', 'back', 'out', 'it']);
/** The words after "call it" in idioms that judge nothing ("called it quits", "call it a day", "call it a night"). */
const CALL_IT_IDIOMS = new Set(['quits', 'a day', 'a night', 'off']);

/** Whether "call it" at tokens[i] opens an idiom that judges nothing (or ends the sentence). */
function callItIdiom(tokens: Token[], i: number): boolean {
  const next = tokens[i + 2];
  if (!next) return true;
  return CALL_IT_IDIOMS.has(next.normal) || CALL_IT_IDIOMS.has(`${next.normal} ${tokens[i + 3]?.normal ?? ''}`);
}

/**
 * Prepositions and particles that annotators keep after a cue verb, by base verb ("called for", "pointed out",
 * "referring to", "agreed with", "warned of", "believe in", "known as"). Each counted on polnear-train.jsonl:
 * the gold cue takes the word most of the time after these verbs.
 */
const PARTICLES: Record<string, string[]> = {
  call: ['for', 'on', 'upon'],
  point: ['out', 'to'],
  refer: ['to'],
  respond: ['to', 'with'],
  react: ['to'],
  add: ['to'],
  agree: ['with'],
  disagree: ['with'],
  side: ['with'],
  concur: ['with'],
  counter: ['with'],
  conclude: ['with'],
  ask: ['for'],
  plead: ['for', 'guilty'],
  hope: ['for'],
  push: ['for'],
  advocate: ['for'],
  pray: ['for'],
  warn: ['of'],
  accuse: ['of'],
  boast: ['of'],
  complain: ['of'],
  speak: ['of'],
  talk: ['of'],
  learn: ['of'],
  know: ['of'],
  comment: ['on'],
  insist: ['on'],
  focus: ['on'],
  elaborate: ['on'],
  remark: ['on'],
  reflect: ['on'],
  believe: ['in'],
  weigh: ['in'],
  chime: ['in'],
  hint: ['at'],
  brush: ['off', 'aside'],
  spar: ['over', 'on', 'with'],
  pivot: ['to'],
};
/** The same, by word form ("agreed" -> with). */
const PARTICLES_BY_FORM = new Map<string, string[]>(
  Object.entries(PARTICLES).flatMap(([base, words]) => inflect(base).map((form): [string, string[]] => [form, words])),
);
PARTICLES_BY_FORM.set('known', ['as', 'of']);
PARTICLES_BY_FORM.set('spoke', ['of']);
// "as Trump puts it"
PARTICLES_BY_FORM.set('put', ['it']);
PARTICLES_BY_FORM.set('puts', ['it']);
/** Words that annotators keep after any cue verb: "talked about", "warned against", "talking up", "lashed out". */
const ANY_VERB_PARTICLES = new Set(['about', 'against', 'upon', 'up', 'out', 'back']);
/** Punctuation after a token that ends a cue span. */
const SPAN_BREAK = /[,;:.!?()"“”‘’'—–]/;
const breaksAfter = (token: Token): boolean => SPAN_BREAK.test(token.post);

/**
 * "said in a statement", "wrote in a joint statement": the index of "statement" when tokens[at] starts such a
 * phrase (at most two words between the determiner and "statement", no punctuation), else -1. Annotators keep it
 * in the cue about two times in three; "in an interview", "in an email" they leave out more often than not.
 */
function inAStatement(tokens: Token[], at: number): number {
  if (tokens[at]?.normal !== 'in') return -1;
  let k = at + 1;
  if (STATEMENT_DETERMINERS.has(tokens[k]?.normal ?? '')) k++;
  for (let words = 0; k < tokens.length && words <= 2; k++, words++) {
    if (breaksAfter(tokens[k - 1])) return -1;
    if (tokens[k].normal === 'statement') return k;
  }
  return -1;
}

/** Whether `word` (followed by `after`) is a particle of the cue verb `verb`. */
function isParticle(verb: Token, word: Token | undefined, after: Token | undefined): boolean {
  if (!word) return false;
  if (PARTICLES_BY_FORM.get(verb.normal)?.includes(word.normal)) return true;
  if (!ANY_VERB_PARTICLES.has(word.normal)) return false;
  // "said about half": "about" before a number is "approximately"; "sang back in the 1980s" is a time.
  if (
    word.normal === 'about' &&
    after &&
    (after.tags.has('Value') || after.normal === 'half' || after.normal === 'halfway')
  )
    return false;
  return !(word.normal === 'back' && after?.normal === 'in');
}

/**
 * An adverb right after the verb that closes the cue ("said sarcastically.", "has said repeatedly that",
 * "asks rhetorically:"): followed by punctuation, "that" or a particle, so it modifies the verb, not what follows
 * ("said nearly every conversation").
 */
function isTrailingAdverb(tokens: Token[], verb: number, k: number): boolean {
  const token = tokens[k];
  if (!token || !token.tags.has('Adverb') || token.tags.has('ProperNoun') || !/^\p{Ll}/u.test(token.text)) return false;
  return (
    breaksAfter(token) || tokens[k + 1]?.normal === 'that' || isParticle(tokens[verb], tokens[k + 1], tokens[k + 2])
  );
}

/** "expressed concern", "voiced support for": the feeling named right after these verbs is part of the cue. */
const EXPRESS_FORMS = new Set([...inflect('express'), ...inflect('voice')]);
const EXPRESSED_FEELINGS = new Set([
  'concern',
  'concerns',
  'confidence',
  'frustration',
  'support',
  'fear',
  'fears',
  'sympathy',
  'dismay',
  'astonishment',
  'interest',
  'doubt',
  'doubts',
  'skepticism',
  'alarm',
  'amusement',
  'remorse',
  'enthusiasm',
  'discomfort',
  'regret',
  'outrage',
  'optimism',
  'disappointment',
  'anger',
  'gratitude',
  'reservations',
  'opposition',
  'surprise',
  'hope',
  'displeasure',
  'admiration',
]);
/** Prepositions that follow such a feeling in the cue ("concern about", "support for", "dismay at"). */
const FEELING_PREPOSITIONS = new Set(['about', 'over', 'for', 'at', 'with']);

/** "continued to question", "continues to insist": the verb after "to" carries the cue with them. */
const CONTINUE_FORMS = new Set(inflect('continue'));
/** "went on to say": forms of "go" before "on to". */
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);

/**
 * The last token of the cue of the verb tokens[verb], never across punctuation: the verb, or after it an
 * adverb that ends the cue ("said sarcastically"), a particle ("called for", "talked about"), "in a statement",
 * or, after "continued to", the next verb with its own particle ("continued to push for").
 */
export function cueLastToken(tokens: Token[], verb: number): number {
  if (!tokens[verb + 1] || breaksAfter(tokens[verb])) return verb;
  if (
    CONTINUE_FORMS.has(tokens[verb].normal) &&
    tokens[verb + 1].normal === 'to' &&
    !breaksAfter(tokens[verb + 1]) &&
    tokens[verb + 2]?.tags.has('Verb')
  )
    return cueLastToken(tokens, verb + 2);
  // "went on to say", "went on:".
  if (GO_FORMS.has(tokens[verb].normal) && tokens[verb + 1].normal === 'on') {
    if (breaksAfter(tokens[verb + 1])) return verb + 1;
    if (tokens[verb + 2]?.normal === 'to' && !breaksAfter(tokens[verb + 2]) && tokens[verb + 3]?.tags.has('Verb'))
      return cueLastToken(tokens, verb + 3);
  }
  // "expressed concern that …", "voiced support for …"; a feeling followed by anything else is the content itself.
  if (
    EXPRESS_FORMS.has(tokens[verb].normal) &&
    EXPRESSED_FEELINGS.has(tokens[verb + 1].normal) &&
    !breaksAfter(tokens[verb + 1])
  ) {
    const feeling = verb + 1;
    const after = tokens[feeling + 1]?.normal ?? '';
    if (after === 'that') return feeling;
    if (FEELING_PREPOSITIONS.has(after) || (after === 'in' && tokens[feeling].normal === 'interest'))
      return feeling + 1;
  }
  const statement = inAStatement(tokens, verb + 1);
  if (statement > 0) return statement;
  let last = verb;
  if (isTrailingAdverb(tokens, verb, last + 1)) last++;
  if (!breaksAfter(tokens[last]) && isParticle(tokens[verb], tokens[last + 1], tokens[last + 2])) last++;
  return last;
}

/** Auxiliaries, modals and "also" that annotators include in the cue ("has said", "also said", "will argue"). */
const CUE_AUXILIARIES = new Set([
  ...HAVE_FORMS,
  'will',
  'would',
  'might',
  'may',
  'could',
  'should',
  'can',
  'must',
  'did',
  'does',
  'do',
  'also',
  'is',
  'are',
  'was',
  'were',
  'not',
  "n't",
]);
/** Adverbs before a verb that compromise tags otherwise ("now says", "later said", "even offered", "never mentioned"). */
const PRE_VERB_ADVERBS = new Set(['now', 'later', 'even', 'still', 'never', 'first', 'since', 'soon']);

/** A gerund, or an -ing form compromise reads otherwise ("is telling": an adjective); no cue verb's base ends in -ing. */
const isIngForm = (token: Token): boolean => token.tags.has('Gerund') || /ing$/.test(token.normal);

/**
 * Where the cue span starts: the verb, or the auxiliaries, modals and adverbs right before it ("has said",
 * "also said", "has repeatedly said", "later told", "now says"), and "continues to" / "went on to" before the
 * verb ("continues to insist", "went on to say").
 */
export function auxiliaryStart(tokens: Token[], verb: number): number {
  let first = verb;
  if (
    tokens[verb - 1]?.normal === 'to' &&
    verb >= 2 &&
    !breaksAfter(tokens[verb - 2]) &&
    !breaksAfter(tokens[verb - 1])
  ) {
    if (CONTINUE_FORMS.has(tokens[verb - 2].normal)) first = verb - 2;
    else if (
      tokens[verb - 2].normal === 'on' &&
      verb >= 3 &&
      GO_FORMS.has(tokens[verb - 3].normal) &&
      !breaksAfter(tokens[verb - 3])
    )
      first = verb - 3;
  }
  // "has been warning", "would be asking": "be" and "been" join a progressive ("is telling", which compromise
  // reads as an adjective, too: no cue verb's base form ends in -ing).
  const progressive = isIngForm(tokens[first]);
  let k = first - 1;
  while (
    k >= 0 &&
    !/[,;:()"“”]/.test(tokens[k].post) &&
    !isModalName(tokens[k]) &&
    (CUE_AUXILIARIES.has(tokens[k].normal) ||
      PRE_VERB_ADVERBS.has(tokens[k].normal) ||
      tokens[k].tags.has('Adverb') ||
      tokens[k].tags.has('Modal') ||
      tokens[k].tags.has('Auxiliary') ||
      (progressive && (tokens[k].normal === 'been' || tokens[k].normal === 'be')))
  ) {
    first = k;
    k--;
  }
  // Copulas only join a progressive ("is telling", "is continuing to insist"), not a passive or a past form.
  let afterBe = first;
  while (
    afterBe < verb &&
    (FINITE_BE.has(tokens[afterBe].normal) ||
      PRE_VERB_ADVERBS.has(tokens[afterBe].normal) ||
      tokens[afterBe].tags.has('Adverb'))
  )
    afterBe++;
  if (first < afterBe && FINITE_BE.has(tokens[first].normal) && !isIngForm(tokens[afterBe])) first = afterBe;
  return first;
}

/**
 * The cue span of the verb tokens[verb]: from its auxiliaries to its particle, and a colon right after it
 * ("continued:"), as annotators mark it.
 */
export function cueSpan(
  text: string,
  tokens: Token[],
  verb: number,
): { start: number; end: number; lastToken: number } {
  const lastToken = cueLastToken(tokens, verb);
  const lastEnd = tokens[lastToken].end;
  const end = text[lastEnd] === ':' ? lastEnd + 1 : lastEnd;
  return { start: tokens[auxiliaryStart(tokens, verb)].start, end, lastToken };
}

/** Whether an offset lies inside the content of a top-level quote (top-level quotes sorted, not overlapping). */
function inQuote(offset: number, topLevel: Quote[]): boolean {
  return containing(topLevel, offset) !== undefined;
}

/** Longest name before a colon cue, in tokens ("Sen. John McCain:"). */
const MAX_COLON_NAME_TOKENS = 4;
/**
 * Headline labels, teasers ("Revealed: …", "Wow: …"), credit and contact lines ("Contributing: Ann Lee",
 * "Twitter: @name", "BYLINE: …") that stand before a colon but name no speaker.
 */
const NOT_SPEAKER_LABELS = new Set([
  'the latest',
  'update',
  'updated',
  'editor',
  "editor's note",
  'watch',
  'video',
  'read',
  'exclusive',
  'breaking',
  'live',
  'analysis',
  'opinion',
  'correction',
  'note',
  'photos',
  'related',
  'contributing',
  'contributors',
  'additional reporting',
  'reporting',
  'byline',
  'twitter',
  'email',
  'e-mail',
  'paid notice',
  'question',
  'remember',
  'revealed',
  'look',
  'wow',
  'boom',
  'bombshell',
  'busted',
]);

/**
 * "Lynch: No outside influence …", "Poll: Trump Ties Clinton": one capitalised word of three letters or more
 * (not "Q:"/"A:") before a colon that opens a capitalised headline names its source, tagged or not.
 */
function isHeadlineLabel(tokens: Token[], colon: number): boolean {
  return (
    colon === 0 &&
    tokens[0].text.length >= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[0].text) &&
    /^\p{Lu}/u.test(tokens[1]?.text ?? '')
  );
}

/**
 * "John McCain: Republican Populist Anger…" (a headline) or "PENCE: We will…" (a transcript): a sentence that
 * opens with a name and a colon attributes what follows to that name. The colon is the cue.
 */
function colonCue(text: string, sentence: Sentence, topLevel: Quote[]): Cue | null {
  const tokens = sentence.tokens;
  for (let k = 0; k < Math.min(tokens.length - 1, MAX_COLON_NAME_TOKENS); k++) {
    const token = tokens[k];
    if (!/^\p{Lu}/u.test(token.text) || inQuote(token.start, topLevel)) return null;
    if (!token.post.startsWith(':')) {
      if (/[,;.!?]/.test(token.post.replace(/^\.(?=\s)/, ''))) return null;
      continue;
    }
    const label = text.slice(tokens[0].start, token.end).toLowerCase();
    const named =
      tokens
        .slice(0, k + 1)
        .some((t) => t.tags.has('Person') || t.tags.has('ProperNoun') || /^\p{Lu}{2,}$/u.test(t.text)) ||
      isHeadlineLabel(tokens, k);
    if (!named || NOT_SPEAKER_LABELS.has(label)) return null;
    const at = token.end;
    return cueOver(
      text,
      sentence,
      { start: at, end: at + 1, token: k, lastToken: k },
      { kind: 'colon', cueClass: 'speech', base: ':' },
    );
  }
  return null;
}

/** Find the cues of each sentence. */
/**
 * Whether the participle tokens[i] follows a form of "to be", directly or across one adverb ("was widely
 * reported"), not across a subject or a comma ("It was, he said, …").
 */
function isPassive(tokens: Token[], i: number): boolean {
  if (BE_FORMS.has(tokens[i - 1]?.normal ?? '')) return true;
  const between = tokens[i - 1];
  return (
    between !== undefined &&
    BE_FORMS.has(tokens[i - 2]?.normal ?? '') &&
    !between.tags.has('Pronoun') &&
    !/[,;:—–]/.test(tokens[i - 2].post + between.post)
  );
}

/**
 * Whether a passive of this verb with its agent reports its subject ("The move was first reported by MSNBC"): not a
 * verb whose subject in the passive is the addressee ("was asked by a reporter whether", "was told by aides that")
 * or one that also names a deed ("will be continued by the foundation").
 */
const reportedByAgent = (entry: CueVerbEntry): boolean =>
  entry.base !== 'ask' && entry.base !== 'continue' && !ADDRESSEE_VERBS.has(entry.base);

/**
 * "Rubio flipped his choice – saying he …", "…, saying that …": a speech verb's -ing form after a comma or
 * dash, before a clause, is a participle even where compromise reads it as a noun.
 */
function isParticipleAfterBreak(tokens: Token[], i: number, entry: CueVerbEntry): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (entry.cueClass !== 'speech' || !/ing$/.test(tokens[i].normal) || !before || !next) return false;
  return (
    /[,—–-]\s*$/.test(before.post + tokens[i].pre) &&
    (next.normal === 'that' || next.tags.has('Pronoun') || next.tags.has('Determiner'))
  );
}

/**
 * "Trump’s comments", "the party’s demands": an -s form right after a possessive is a plural noun, never a
 * verb ("Trump’s said" is "Trump has said", so past forms are left alone).
 */
function isPossessedNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    /s$/.test(tokens[i].normal) &&
    /\p{L}['’]s$/iu.test(before.text) &&
    !/[,;:—–]/.test(before.post)
  );
}

/**
 * "his remarks about women", "the report gives Democrats a lift", "4.5 points for the sample": a cue word right
 * after a determiner, or a plural -s form right after a number, is a noun, not a speech verb. A number before
 * another form is a poll share that speaks ("Six in 10 say", "43 said").
 */
function isDeterminedNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || /[,;:—–()]/.test(before.post)) return false;
  return (
    NOUN_MARKING_DETERMINERS.has(before.normal) || (/^[\d.,%]+$/.test(before.normal) && /s$/.test(tokens[i].normal))
  );
}

/**
 * "leads by 5 percentage points", "points for the Democrats": without its particle ("points out", "points to")
 * the -s form of "point" is the plural noun.
 */
function isBarePoints(tokens: Token[], i: number): boolean {
  return tokens[i].normal === 'points' && !['out', 'to'].includes(tokens[i + 1]?.normal ?? '');
}

/** What a "not a cue" sieve sees: the sentence's syntax and the cue word's index and table entry. */
type NotACue = (syntax: SentenceSyntax, i: number, entry: CueVerbEntry) => boolean;

/** "a self-described socialist", "the council's estimated deadline": a participle inside a noun phrase. */
const insideNounPhrase: NotACue = (s, i) => {
  if (s.chunkAt[i] < 0 || i === 0) return false;
  const before = s.tokens[i - 1];
  return /-$/.test(before.post) || (/['’]s?$/.test(before.text) && s.classes[i - 1] === 'noun');
};

/** The chunk right after the cue's verb group, or -1. */
function objectAfter(s: SentenceSyntax, i: number): number {
  const group = s.verbAt[i];
  const after = group >= 0 ? s.verbs[group].last + 1 : i + 1;
  return after < s.tokens.length && !s.breaks[after - 1] ? s.chunkAt[after] : -1;
}

/** Whether a chunk is the subject of a clause of its own ("added [12 people] were hurt"). */
const isClauseSubject = (s: SentenceSyntax, chunk: number): boolean => s.clauses.some((c) => c.subject === chunk);

/** "Copper added 12 cents": "add" with a quantity for its object adds, it does not say. */
const addsQuantity: NotACue = (s, i, entry) => {
  if (entry.base !== 'add') return false;
  const object = objectAfter(s, i);
  return object >= 0 && s.classes[s.chunks[object].first] === 'number' && !isClauseSubject(s, object);
};

/** Heads of the object of an unanswered request in news formulas ("did not respond to a request for comment"). */
const REQUEST_WORDS = new Set(['request', 'requests', 'call', 'calls', 'message', 'messages', 'email', 'emails']);

/**
 * "The agency did not respond to a request for comment", "did not return calls": a negated cue whose object is
 * a request reports that nothing was said. (Any negated cue with a phrase for object, measured, cost 0.001 of
 * train attribution F1: PolNeAR marks "never commented on the report".)
 */
const unansweredRequest: NotACue = (s, i) => {
  const group = s.verbAt[i];
  if (group < 0) return false;
  const { first, last, adverbs } = s.verbs[group];
  const negated =
    adverbs.some((a) => s.classes[a] === 'negation') ||
    /n['’]t$/i.test(s.tokens[first].text) ||
    (first > 0 && s.classes[first - 1] === 'negation' && !s.breaks[first - 1]);
  if (!negated || s.breaks[last]) return false;
  const after = s.classes[last + 1] === 'to' || s.classes[last + 1] === 'preposition' ? last + 2 : last + 1;
  if (after >= s.tokens.length || s.breaks[after - 1]) return false;
  const object = s.chunkAt[after];
  // "did not respond to calls": the tagger reads a plural right after "to" as a verb, so it opens no chunk.
  const head = object >= 0 ? s.chunks[object].head : after;
  return REQUEST_WORDS.has(s.tokens[head].normal);
};

/**
 * Cue words in another sense, as an ordered list of named sieves over the sentence's syntax; a word any of them
 * keeps is no cue. Each measured on polnear-dev and ggt-dev ("Ministers may call an election" as a sieve cost
 * 0.002 of dev attribution F1 and was left out).
 */
/** Verbs of perception that attribute only as judgements ("see him as a threat", "viewed her favorably"). */
const JUDGING_PERCEPTION = new Set(['see', 'view']);
/** Words that make "see" and "view" a judgement: "as", "that" right after, and judging adverbs. */
const JUDGEMENT_WORDS = new Set([
  'as',
  'favorably',
  'unfavorably',
  'favourably',
  'unfavourably',
  'positively',
  'negatively',
]);
/** How far after "see" its "as" may stand, in tokens. */
const JUDGEMENT_REACH = 16;

/**
 * "saw people sporting yellow vests", "Court viewed a video": "see" and "view" of the eyes; only "see X as Y",
 * "see that …" and "viewed her favorably" (up to the clause's next break) attribute a judgement.
 */
const perception: NotACue = (s, i, entry) => {
  if (!JUDGING_PERCEPTION.has(entry.base)) return false;
  if (s.tokens[i + 1]?.normal === 'that') return false;
  for (let k = i + 1; k < Math.min(s.tokens.length, i + JUDGEMENT_REACH); k++) {
    if (JUDGEMENT_WORDS.has(s.tokens[k].normal)) return false;
    if (s.breaks[k]) break;
  }
  return true;
};

/** Events that are called, not words: "call an election", "called a strike", "calls a meeting". */
const CALLED_EVENTS = new Set([
  'election',
  'elections',
  'referendum',
  'vote',
  'meeting',
  'meetings',
  'strike',
  'hearing',
  'hearings',
  'session',
  'recess',
  'halt',
  'timeout',
  'inquiry',
  'conference',
  'caucus',
  'summit',
]);

/** "Ministers may call an election", "the union called a strike": the object of "call" is an event. */
const callsAnEvent: NotACue = (s, i, entry) => {
  if (entry.base !== 'call') return false;
  const object = objectAfter(s, i);
  return object >= 0 && CALLED_EVENTS.has(s.tokens[s.chunks[object].head].normal);
};

/**
 * "The city found itself at the centre of the debt crisis", "Lee has found herself in a tight race": "find" with a
 * reflexive object says where someone ended up, not what a finding showed (on PolNeAR train 10 such claims, none
 * right).
 */
const findsOneself: NotACue = (s, i, entry) => {
  if (entry.base !== 'find') return false;
  const object = objectAfter(s, i);
  return object >= 0 && REFLEXIVE_PRONOUNS.has(s.tokens[s.chunks[object].first].normal);
};

/** How far after the cue "by N votes" may stand. */
const TALLY_REACH = 10;

/**
 * "The House rejected the bill by 80 votes": a decision counted in votes is a body's act, not an attribution.
 * The cue's clause holds "by" + a number + "votes" before its next break.
 */
const voteTally: NotACue = (s, i) => {
  for (let k = i + 1; k + 2 < Math.min(s.tokens.length, i + TALLY_REACH); k++) {
    if (s.tokens[k].normal === 'by' && s.classes[k + 1] === 'number' && /^votes?$/.test(s.tokens[k + 2].normal))
      return true;
    if (s.breaks[k]) return false;
  }
  return false;
};

/**
 * "The strong jobs report has cleared the way", "The chemical weapons charges are serious": a present form right
 * after a common noun of its phrase and right before a finite auxiliary, where it cannot be the verb — a base
 * form before "has"/"is"/"was"/"does", or an -s form after a plural noun — is the phrase's head noun.
 */
const nounBeforeAuxiliary: NotACue = (s, i) => {
  const t = s.tokens[i];
  if (i === 0 || i + 1 >= s.tokens.length || s.breaks[i - 1] || s.breaks[i]) return false;
  if (t.tags.has('PastTense') || t.tags.has('Gerund') || !t.tags.has('PresentTense')) return false;
  const before = s.tokens[i - 1];
  const next = s.tokens[i + 1].normal;
  if (s.classes[i - 1] !== 'noun' || /^\p{Lu}/u.test(before.text) || /['’]s?$/.test(before.text)) return false;
  if (!FINITE_AUXILIARIES.has(next)) return false;
  if (/[^s]s$/.test(t.normal)) return before.tags.has('Plural');
  // "which critics say was …", "that many economists say is …": a relative clause's subject and verb.
  const chunk = s.chunkAt[i - 1] >= 0 ? s.chunks[s.chunkAt[i - 1]] : null;
  const opener = chunk && chunk.first > 0 ? s.classes[chunk.first - 1] : null;
  return (
    SINGULAR_AUXILIARIES.has(next) &&
    chunk !== null &&
    chunk.determiner >= 0 &&
    opener !== 'relative' &&
    opener !== 'that' &&
    opener !== 'subordinator'
  );
};

/** "narrows the gap to, say, single digits": "say" set off by commas offers an example; nobody speaks. */
const asideSay: NotACue = (s, i) => s.tokens[i].normal === 'say' && i > 0 && s.breaks[i - 1] && s.breaks[i];

const NOT_A_CUE: [string, NotACue][] = [
  ['inside-noun-phrase', insideNounPhrase],
  ['aside-say', asideSay],
  ['calls-an-event', callsAnEvent],
  ['vote-tally', voteTally],
  ['finds-oneself', findsOneself],
  ['perception', perception],
  ['adds-quantity', addsQuantity],
  ['noun-before-auxiliary', nounBeforeAuxiliary],
  ['unanswered-request', unansweredRequest],
  ['dated-noun', (s, i) => datedHeadNoun(s, i)],
];

/**
 * "…, saying wards were short-staffed", "with spokesman Ravi Patel saying …": a speech verb's -ing form that the
 * syntax reads as a participle opening a clause after a break (or after the subject of "with"), where
 * compromise reads it as a noun.
 */
function participleByClause(s: SentenceSyntax, i: number, entry: CueVerbEntry): boolean {
  if (entry.cueClass !== 'speech' || s.classes[i] !== 'gerund' || i === 0) return false;
  const clause = s.clauses[s.clauseAt[i]];
  if (clause?.kind !== 'participial' || clause.verb !== s.verbAt[i]) return false;
  // "with spokesman Ravi Patel saying …": an absolute participle with its own subject.
  return s.breaks[i - 1] || (clause.subject >= 0 && s.tokens[clause.opener]?.normal === 'with');
}

/**
 * "The campaign hopes to register …", "Data show that …": a present form compromise reads as a noun that the
 * syntax layer's word classes (src/syntax/words.ts) read as a verb before a clause of its own.
 */
const verbBySyntax = (s: SentenceSyntax, i: number): boolean =>
  s.classes[i] === 'verb' && s.tokens[i].tags.has('Noun') && s.verbAt[i] >= 0;

/**
 * "Trump is telling reporters that …": an -ing form compromise reads as an adjective ("a telling sign") that the
 * syntax layer's word classes read as the head of a progressive verb group.
 */
function progressiveBySyntax(s: SentenceSyntax, i: number): boolean {
  const group = s.verbAt[i];
  return s.classes[i] === 'gerund' && group >= 0 && s.verbs[group].head === i && s.verbs[group].auxiliaries.length > 0;
}

/**
 * "Ms. Dalton, who walks with a cane, also noted that the mayor …", "stayed on but acknowledged it had …": a past
 * form compromise reads as an adjective, when a clause with its own subject follows it ("that …" or bare) and no
 * copula stands before it ("are worried that" is a state, not a cue).
 */
const pastBeforeThatClause = (s: SentenceSyntax, i: number): boolean =>
  s.tokens[i].tags.has('Adjective') &&
  /ed$/.test(s.tokens[i].normal) &&
  !isPassive(s.tokens, i) &&
  (s.tokens[i + 1]?.normal === 'that' ? thatComplementAfter(s, i + 1) : complementOpensAt(s, i + 1));

/**
 * The subject chunk of the clause whose finite verb group tokens[i] heads, the subject before it; -1 when tokens[i]
 * is no such verb.
 */
function finiteSubject(s: SentenceSyntax, i: number): number {
  const group = s.verbAt[i];
  if (group < 0 || !s.verbs[group].finite || s.verbs[group].head !== i) return -1;
  const clause = s.clauses[s.clauseAt[i]];
  if (clause === undefined || clause.verb !== group || clause.inverted) return -1;
  return clause.subject;
}

/** "The coach states, however, that …": a form read as a noun that the syntax reads as its clause's verb. */
function finiteWithSubject(s: SentenceSyntax, i: number): boolean {
  if (finiteSubject(s, i) < 0) return false;
  // "three state primaries", "other Western states.": only "states that …", "states: …" or "states, however, that".
  if (/^\s*:/.test(s.tokens[i].post)) return true;
  for (let k = i + 1; k < Math.min(s.tokens.length, i + STATES_THAT_REACH); k++)
    if (s.tokens[k].normal === 'that') return true;
  return false;
}
/**
 * "A new poll finds the mayor with a small lead", "The survey, conducted by …, finds …": "find(s)" whose subject is
 * published material reports its finding, whatever follows (people "find" things far more often).
 */
function publicationFinds(s: SentenceSyntax, i: number): boolean {
  const subject = finiteSubject(s, i);
  return subject >= 0 && MEDIA_NOUNS.has(s.tokens[s.chunks[subject].head].normal);
}
/** How far after "states" its "that" may stand ("states, however, that"). */
const STATES_THAT_REACH = 4;

/** Idioms where "according to" names a plan, not a source ("went according to plan"). */
const ACCORDING_TO_IDIOMS = new Set(['plan', 'schedule', 'script', 'tradition', 'custom', 'protocol']);

/**
 * "In the latest Angus Reid poll, 61 percent …", "… leads by nine points in the CBC poll": the "in" of a source
 * circumstance whose head is a survey (the syntax layer's reading) is a cue like "according to".
 */
function surveyPrepositions(s: SentenceSyntax): { opening: Set<number>; trailing: Set<number> } {
  const opening = new Set<number>();
  const trailing = new Set<number>();
  for (const c of s.circumstances) {
    if (c.kind !== 'source' || s.tokens[c.first].normal !== 'in' || !s.breaks[c.last]) continue;
    let first = 0;
    while (first < c.first && s.classes[first] === 'coordinator' && !s.breaks[first]) first++;
    if (first === c.first) opening.add(c.first);
    // "… in the polls" at the end of a clause is mostly how someone else's claim is put ("leading in the polls"):
    // only a named or single survey ends a claim of its own.
    else if (c.last === s.tokens.length - 1 && namedOrSingleSurvey(s, c.last)) trailing.add(c.first);
  }
  return { opening, trailing };
}

/** Whether the survey chunk ending at `last` names its pollster ("the CBC poll") or is one survey ("a poll"). */
function namedOrSingleSurvey(s: SentenceSyntax, last: number): boolean {
  const chunk = s.chunks[s.chunkAt[last]];
  if (!chunk) return false;
  if (!/s$/.test(s.tokens[chunk.head].normal)) return true;
  for (let k = chunk.first; k < chunk.head; k++) if (/^\p{Lu}/u.test(s.tokens[k].text)) return true;
  return false;
}

export function detectCues(document: DocumentContext): Cue[] {
  const { text, sentences, topLevel, verbs } = document;
  const cues: Cue[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const syntax = document.syntax[sentence.index];
    const firstOwn = cues.length;
    const colon = colonCue(text, sentence, topLevel);
    if (colon) cues.push(colon);
    const surveys = surveyPrepositions(syntax);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (inQuote(token.start, topLevel)) continue;
      if (surveys.opening.has(i) || surveys.trailing.has(i)) {
        cues.push(
          cueOver(
            text,
            sentence,
            { start: token.start, end: token.end, token: i, lastToken: i },
            { kind: 'according-to', cueClass: 'evidence', base: 'in' },
          ),
        );
        continue;
      }

      if (token.normal === 'according' && tokens[i + 1]?.normal === 'to') {
        const idiom = tokens[i + 2];
        // "Work went according to plan": an idiom, no source.
        if (idiom && ACCORDING_TO_IDIOMS.has(idiom.normal) && syntax.breaks[i + 2]) {
          i++;
          continue;
        }
        const end = tokens[i + 1].end;
        cues.push(
          cueOver(
            text,
            sentence,
            { start: token.start, end, token: i, lastToken: i + 1 },
            { kind: 'according-to', cueClass: 'speech', base: 'according to' },
          ),
        );
        i++;
        continue;
      }
      // "the governor's criticism of the plan", "his warning that …": a cue noun with a possessor and a complement.
      const clauseOnly = !CUE_NOUNS.has(token.normal);
      const nounClass = CUE_NOUNS.get(token.normal) ?? CLAUSE_CUE_NOUNS.get(token.normal);
      const frame = nounClass ? possessedNounCue(syntax, i, clauseOnly) : null;
      if (nounClass && frame) {
        const end = tokens[frame.cueLast].end;
        cues.push(
          cueOver(
            text,
            sentence,
            { start: token.start, end, token: i, lastToken: frame.cueLast },
            { kind: 'noun', cueClass: nounClass, base: token.normal, frame },
          ),
        );
        i = frame.cueLast;
        continue;
      }
      // "took issue with the plan", "made the case that …": a light verb with its words.
      // "were made clear Sunday": a passive names no source.
      const phrase = token.tags.has('PastTense') && isPassive(tokens, i) ? -1 : phraseCueLast(syntax, i);
      if (phrase >= 0) {
        const start = tokens[auxiliaryStart(tokens, i)].start;
        const end = tokens[phrase].end;
        cues.push(
          cueOver(
            text,
            sentence,
            { start, end, token: i, lastToken: phrase },
            {
              kind: 'verb',
              cueClass: PHRASE_CUE_CLASSES[PHRASE_CUES_BY_FORM.get(token.normal)?.base ?? ''] ?? 'speech',
              base: text.slice(token.start, end).toLowerCase(),
            },
          ),
        );
        i = phrase;
        continue;
      }
      const entry = verbs.get(token.normal);
      if (
        !entry ||
        !(
          isVerbReading(token.tags) ||
          isParticipleAfterBreak(tokens, i, entry) ||
          participleByClause(syntax, i, entry) ||
          verbBySyntax(syntax, i) ||
          progressiveBySyntax(syntax, i) ||
          pastBeforeThatClause(syntax, i)
        ) ||
        (NOT_CUE_FORMS.has(token.normal) &&
          !(entry.base === 'state' && finiteWithSubject(syntax, i)) &&
          !(entry.base === 'find' && publicationFinds(syntax, i)) &&
          !(CUES_BEFORE_THAT_CLAUSE.has(entry.base) && thatComplementAfter(syntax, i + 1)))
      )
        continue;
      if (isPossessedNoun(tokens, i) || isDeterminedNoun(tokens, i) || isBarePoints(tokens, i)) continue;
      // "was less worried", "is expected", "were told": a participle after a copula is an adjective or a passive.
      // "was first reported by MSNBC": a passive with its agent after "by" still attributes.
      if (
        token.tags.has('PastTense') &&
        isPassive(tokens, i) &&
        !(reportedByAgent(entry) && passiveClauseFrame(syntax, i))
      )
        continue;
      // "a group called X", "so-called": the participle names, nobody speaks.
      if (
        entry.base === 'call' &&
        // "called it quits" names nothing; "called it “completely unfair”" quotes a judgement.
        ((CALL_NOT_SPEECH.has(tokens[i + 1]?.normal ?? '') &&
          !/[“"]/.test(tokens[i + 2]?.pre ?? '') &&
          // "called it a mistake" judges; "called it quits", "call it a day" name nothing.
          (tokens[i + 1].normal !== 'it' || callItIdiom(tokens, i))) ||
          /so-$/i.test(token.pre) ||
          (tokens[i - 1]?.tags.has('Noun') && ['a', 'an'].includes(tokens[i - 2]?.normal ?? '')))
      )
        continue;
      if (NOT_A_CUE.some(([, sieve]) => sieve(syntax, i, entry))) continue;
      // Phrasal cues keep their particle ("called for", "pointed out", "referring to"), auxiliaries and a colon.
      const { start, end, lastToken } = cueSpan(text, tokens, i);
      cues.push(
        cueOver(
          text,
          sentence,
          { start, end, token: i, lastToken },
          { kind: 'verb', cueClass: entry.cueClass, base: entry.base },
        ),
      );
      i = lastToken;
    }
    if (cues.length > firstOwn) coordinatedCues(text, sentence, syntax, cues, firstOwn);
    // A survey at the end of a sentence that holds another cue is part of that attribution's content.
    // (Only this sentence's cues, at the end of the list, are looked at: linear overall.)
    if (surveys.trailing.size > 0 && cues.length - firstOwn > 1)
      for (let k = cues.length - 1; k >= firstOwn; k--)
        if (surveys.trailing.has(cues[k].token) && cues[k].base === 'in') cues.splice(k, 1);
  }
  return withoutSectionLabels(text, sentences, cues);
}

/** Fewest different labels in capitals, each used once, that make a document's colon labels section headings. */
const MIN_SECTION_LABELS = 3;

/**
 * Sieve `section-labels`: "ENERGY: Crude fell 42 cents …", "CURRENCIES: The dollar …", "KEEPING SCORE: …": a
 * market wrap's section headings in capitals name no speaker. A transcript's labels in capitals ("LEE: …",
 * "HOST: …", "ANN LEE: …" then "LEE: …") come back as its speakers take turns; labels in capitals of which there are at least
 * MIN_SECTION_LABELS different ones, none used twice, are headings, and their colons no cues.
 */
function withoutSectionLabels(text: string, sentences: Sentence[], cues: Cue[]): Cue[] {
  const uses = new Map<string, number>();
  const labelOf = (cue: Cue): string | null => {
    if (cue.kind !== 'colon') return null;
    const start = sentences[cue.sentence].tokens[0].start;
    const label = text.slice(start, cue.start);
    if (/\p{Ll}/u.test(label) || !/\p{Lu}{2}/u.test(label)) return null;
    // "KATE BOULDUAN:", then "BOULDUAN:": one speaker, named by the last word of the label.
    return /[^\s.]+$/u.exec(label.trim())?.[0] ?? label;
  };
  for (const cue of cues) {
    const label = labelOf(cue);
    if (label !== null) uses.set(label, (uses.get(label) ?? 0) + 1);
  }
  if (uses.size < MIN_SECTION_LABELS || [...uses.values()].some((n) => n > 1)) return cues;
  return cues.filter((cue) => labelOf(cue) === null);
}

/** Whether tokens[i] is a light verb that opens a phrase cue ("took issue with"): the phrase's last token, or -1. */
function phraseCueLast(s: SentenceSyntax, i: number): number {
  const phrases = PHRASE_CUES_BY_FORM.get(s.tokens[i].normal);
  if (!phrases || s.verbAt[i] < 0) return -1;
  const group = s.verbs[s.verbAt[i]];
  // "are concerned that": the syntax layer may take the participle for the group's head; a state after a copula
  // may follow adverbs and a negation ("were acutely aware that", "are not confident that").
  const stance = Object.hasOwn(PHRASE_CUE_CLASSES, phrases.base);
  if (group.head !== i && !(stance && group.head > i)) return -1;
  let from = i;
  if (stance) for (let k = 0; k < MAX_STANCE_ADVERBS && !s.breaks[from] && isStanceAdverb(s, from + 1); k++) from++;
  for (const words of phrases.words)
    if (words.every((w, k) => s.tokens[from + 1 + k]?.normal === w && !s.breaks[from + k])) return from + words.length;
  return -1;
}

/** How many adverbs may stand between a copula and the state it names ("is not yet fully convinced that"). */
const MAX_STANCE_ADVERBS = 3;

/** An adverb or a negation between a copula and a state ("still", "acutely", "not"), not "so" ("so worried that"). */
const isStanceAdverb = (s: SentenceSyntax, k: number): boolean =>
  (s.classes[k] === 'adverb' || s.classes[k] === 'negation') && s.tokens[k]?.normal !== 'so';

/**
 * Sieve `coordinated-predicate`: "The governor attacked the transit plan and took issue with its cost": a finite
 * verb coordinated by "and"/"but" with a cue predicate of the same subject (before or after it) is a cue too —
 * what the source did in words, as annotators read it. The sentence's cues (from `firstOwn`) stay sorted by start.
 */
function coordinatedCues(text: string, sentence: Sentence, s: SentenceSyntax, cues: Cue[], firstOwn: number): void {
  const cueGroups = new Set<number>();
  for (let k = firstOwn; k < cues.length; k++) if (cues[k].kind === 'verb') cueGroups.add(s.verbAt[cues[k].token]);
  const added: Cue[] = [];
  for (const [first, second] of coordinatedPredicatePairs(s)) {
    const other = cueGroups.has(first) ? second : cueGroups.has(second) ? first : -1;
    if (other < 0 || cueGroups.has(other)) continue;
    const head = s.verbs[other].head;
    if (!COORDINATED_STANCE_FORMS.has(s.tokens[head].normal) || !isVerbReading(s.tokens[head].tags) || s.inQuote[head])
      continue;
    const { start, end, lastToken } = cueSpan(text, s.tokens, head);
    added.push(
      cueOver(
        text,
        sentence,
        { start, end, token: head, lastToken },
        { kind: 'verb', cueClass: 'speech', base: s.tokens[head].normal },
      ),
    );
    cueGroups.add(other);
  }
  if (added.length === 0) return;
  const own = cues
    .splice(firstOwn)
    .concat(added)
    .sort((a, b) => a.start - b.start);
  cues.push(...own);
}
