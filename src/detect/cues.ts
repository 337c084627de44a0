/**
 * Cues: the words that mark an attribution. Cue verbs from the lexicon (checked against compromise's
 * part of speech, so "the report" is no cue), and "according to". Cues inside a quotation are the quoted
 * speaker's words, not the article's attributions, and are left out.
 */
import type { Sentence, Token } from '../segment/sentences.js';
import type { Quote } from './quotes.js';
import { containing } from '../segment/locate.js';
import { BE_FORMS, FINITE_BE } from '../lexicon/be-forms.js';
import type { CueClass, CueVerbEntry } from '../lexicon/cue-verbs.js';

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
  kind: 'verb' | 'according-to' | 'colon' | 'sourceless';
  cueClass: CueClass;
  base: string;
}

/**
 * Forms of cue verbs that, measured on polnear-train.jsonl, attribute less than a third of the time:
 * aspectual "continue(s) to", "find(s)" of people, "states" read as a noun, "consider(s)".
 */
const NOT_CUE_FORMS = new Set(['continue', 'continues', 'continuing', 'state', 'states', 'find', 'finds', 'consider', 'considers', 'considering', 'maintain', 'maintains', 'maintained']);


/** Word forms that are cues only when compromise does not read them as nouns or adjectives. */
function isVerbReading(tags: Set<string>): boolean {
  if (tags.has('Verb')) return !tags.has('Adjective') || tags.has('PastTense');
  return false;
}

/** "called in the airstrikes", "called off the talks": particles that make "call" an action, not speech. */
const CALL_NOT_SPEECH = new Set(['in', 'off', 'up', 'back', 'out', 'it']);

/** Particles that annotators keep in a phrasal cue ("called for", "pointed out", "referring to"). */
const PARTICLES: Record<string, string[]> = { call: ['for', 'on'], point: ['out', 'to'], refer: ['to'], respond: ['to'], react: ['to'], add: ['to'] };

/** Auxiliaries, modals and "also" that annotators include in the cue ("has said", "also said", "will argue"). */
const CUE_AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'might', 'may', 'could', 'should', 'can', 'must', 'did', 'does', 'do', 'also', 'is', 'are', 'was', 'were', 'not', "n't"]);

/**
 * Where the cue span starts: the verb, or the auxiliaries and "also" right before it. An adverb inside the
 * chain is kept ("has repeatedly said"), but a chain never starts with a bare adverb (annotators split on those).
 */
function auxiliaryStart(tokens: Sentence['tokens'], verb: number): number {
  let first = verb;
  let k = verb - 1;
  while (k >= 0 && !/[,;:()"“”]/.test(tokens[k].post) && (CUE_AUXILIARIES.has(tokens[k].normal) || tokens[k].tags.has('Adverb') || tokens[k].tags.has('Modal') || tokens[k].tags.has('Auxiliary'))) {
    if (!tokens[k].tags.has('Adverb') || CUE_AUXILIARIES.has(tokens[k].normal)) first = k;
    k--;
  }
  // Copulas only join a progressive ("is telling"), not a passive or a past form.
  if (first < verb && FINITE_BE.has(tokens[first].normal) && !tokens[verb].tags.has('Gerund')) {
    while (first < verb && (FINITE_BE.has(tokens[first].normal) || tokens[first].tags.has('Adverb'))) first++;
  }
  return first;
}

/** Whether an offset lies inside the content of a top-level quote (top-level quotes sorted, not overlapping). */
function inQuote(offset: number, topLevel: Quote[]): boolean {
  return containing(topLevel, offset) !== undefined;
}

/** Longest name before a colon cue, in tokens ("Sen. John McCain:"). */
const MAX_COLON_NAME_TOKENS = 4;
/** Headline labels that stand before a colon but name no speaker. */
const NOT_SPEAKER_LABELS = new Set(['the latest', 'update', 'updated', 'editor', "editor's note", 'watch', 'video', 'read', 'exclusive', 'breaking', 'live', 'analysis', 'opinion', 'correction', 'note', 'photos', 'related']);

/**
 * "Lynch: No outside influence …", "Poll: Trump Ties Clinton": one capitalised word of three letters or more
 * (not "Q:"/"A:") before a colon that opens a capitalised headline names its source, tagged or not.
 */
function isHeadlineLabel(tokens: Token[], colon: number): boolean {
  return colon === 0 && tokens[0].text.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0].text) && /^\p{Lu}/u.test(tokens[1]?.text ?? '');
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
    const named = tokens.slice(0, k + 1).some((t) => t.tags.has('Person') || t.tags.has('ProperNoun') || /^\p{Lu}{2,}$/u.test(t.text)) || isHeadlineLabel(tokens, k);
    if (!named || NOT_SPEAKER_LABELS.has(label)) return null;
    const at = token.end;
    return { start: at, end: at + 1, text: ':', sentence: sentence.index, token: k, lastToken: k, kind: 'colon', cueClass: 'speech', base: ':' };
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
  return between !== undefined && BE_FORMS.has(tokens[i - 2]?.normal ?? '') && !between.tags.has('Pronoun') && !/[,;:—–]/.test(tokens[i - 2].post + between.post);
}

/**
 * "Rubio flipped his choice – saying he …", "…, saying that …": a speech verb's -ing form after a comma or
 * dash, before a clause, is a participle even where compromise reads it as a noun.
 */
function isParticipleAfterBreak(tokens: Token[], i: number, entry: CueVerbEntry): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (entry.cueClass !== 'speech' || !/ing$/.test(tokens[i].normal) || !before || !next) return false;
  return /[,—–-]\s*$/.test(before.post + tokens[i].pre) && (next.normal === 'that' || next.tags.has('Pronoun') || next.tags.has('Determiner'));
}

/**
 * "Trump’s comments", "the party’s demands": an -s form right after a possessive is a plural noun, never a
 * verb ("Trump’s said" is "Trump has said", so past forms are left alone).
 */
function isPossessedNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && /s$/.test(tokens[i].normal) && /\p{L}['’]s$/iu.test(before.text) && !/[,;:—–]/.test(before.post);
}

export function detectCues(text: string, sentences: Sentence[], quotes: Quote[], verbs: Map<string, CueVerbEntry>): Cue[] {
  const cues: Cue[] = [];
  const topLevel = quotes.filter((q) => !q.nested);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const colon = colonCue(text, sentence, topLevel);
    if (colon) cues.push(colon);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (inQuote(token.start, topLevel)) continue;
      if (token.normal === 'according' && tokens[i + 1]?.normal === 'to') {
        const end = tokens[i + 1].end;
        cues.push({ start: token.start, end, text: text.slice(token.start, end), sentence: sentence.index, token: i, lastToken: i + 1, kind: 'according-to', cueClass: 'speech', base: 'according to' });
        i++;
        continue;
      }
      const entry = verbs.get(token.normal);
      if (!entry || !(isVerbReading(token.tags) || isParticipleAfterBreak(tokens, i, entry)) || NOT_CUE_FORMS.has(token.normal)) continue;
      if (isPossessedNoun(tokens, i)) continue;
      // "was less worried", "is expected", "were told": a participle after a copula is an adjective or a passive.
      if (token.tags.has('PastTense') && isPassive(tokens, i)) continue;
      // "a group called X", "so-called": the participle names, nobody speaks.
      if (entry.base === 'call' && (CALL_NOT_SPEECH.has(tokens[i + 1]?.normal ?? '') || /so-$/i.test(token.pre) || (tokens[i - 1]?.tags.has('Noun') && ['a', 'an'].includes(tokens[i - 2]?.normal ?? '')))) continue;
      // Phrasal cues keep their particle: "called for", "pointed out", "referring to".
      const particles = Object.hasOwn(PARTICLES, entry.base) ? PARTICLES[entry.base] : [];
      const last = particles.includes(tokens[i + 1]?.normal ?? '') && !/[,;:.]/.test(token.post) ? i + 1 : i;
      // "continued:" — a colon right after the verb belongs to the cue, as annotators mark it.
      const lastEnd = tokens[last].end;
      const end = text[lastEnd] === ':' ? lastEnd + 1 : lastEnd;
      const start = tokens[auxiliaryStart(tokens, i)].start;
      cues.push({ start, end, text: text.slice(start, end), sentence: sentence.index, token: i, lastToken: last, kind: 'verb', cueClass: entry.cueClass, base: entry.base });
      i = last;
    }
  }
  return cues;
}
