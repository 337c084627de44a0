/**
 * Token tests for what links a name to a pronoun or a "who" after it: the sayer gap ("Trump said he …"), the
 * pronoun opening a claim's content ("said that if elected, she …"), and the gap before a relative pronoun
 * ("Cruz of Texas, who …").
 */
import type { Token } from '../segment/sentences.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import { HAVE_FORMS } from '../lexicon/function-words.js';
import { WEEKDAYS } from '../lexicon/number-words.js';
import { bare, breaksAfter, isCapitalized, type TokenIndex } from './tokens.js';
import { openingChunks, relativeFollows } from '../syntax/mention-phrase.js';

/**
 * The cue-verb forms that can follow a sayer's name: finite forms of verbs of saying and belief ("says", "said",
 * "thought", "hoped"), not the bare base ("say") nor the gerund ("saying"), nor evidence verbs ("found", "showed").
 * (On polnear-train and -dev, admitting every form of every class changes no output; this is the narrower reading.)
 */
function isSayerForm(form: string, entry: CueVerbEntry): boolean {
  return entry.cueClass !== 'evidence' && form !== entry.base && !form.endsWith('ing');
}

/**
 * What stands between a name and the pronoun that is its claim's subject ("Trump said he", "Cruz has also argued
 * on Monday that she", "Ruiz told reporters he"): an optional form of "have", an optional "also", a cue verb's
 * finite form (the addressee after "tell"), an optional weekday ("on Monday"), an optional comma and "that".
 * The gap is given as its tokens.
 */
export function isSayerGap(gap: Token[], verbs: Map<string, CueVerbEntry>): boolean {
  let i = 0;
  if (i < gap.length && HAVE_FORMS.has(gap[i].normal)) i++;
  if (i < gap.length && gap[i].normal === 'also') i++;
  // A comma may stand only after the last word of the verb phrase, and only "that" after it.
  if (gap.slice(0, i).some(breaksAfter)) return false;
  const verb = gap[i++];
  const entry = verb === undefined ? undefined : verbs.get(verb.normal);
  if (!verb || !entry || isCapitalized(verb) || !isSayerForm(verb.normal, entry)) return false;
  let comma = breaksAfter(verb);
  if (entry.base === 'tell') {
    const addressee = gap[i++];
    if (comma || !addressee || addressee.tags.has('Value') || addressee.normal === 'that') return false;
    comma = breaksAfter(addressee);
  }
  if (!comma && i < gap.length && gap[i].normal !== 'that') {
    if (gap[i].normal === 'on') i++;
    const day = gap[i++];
    if (!day || !isCapitalized(day) || !WEEKDAYS.has(bare(day))) return false;
    comma = breaksAfter(day);
  }
  if (i < gap.length && gap[i].normal === 'that' && !breaksAfter(gap[i])) i++;
  return i === gap.length;
}

/** Pronouns that may open a claim's content as its subject and stand for its source. */
const CONTENT_SUBJECTS = new Set(['he', 'she', 'they', 'it']);

/**
 * The subject pronoun opening a content that starts at token `at` of the index, asked of the syntax layer: after
 * an optional "that" and a short introductory clause ending in a comma ("that if elected, she would …"). Its
 * token index, or -1.
 */
export function contentSubject(index: TokenIndex, at: number): number {
  const { syntax, at: local } = index.syntaxAt(at);
  const subject = openingChunks(syntax, local).find(
    (chunk) => chunk.first === chunk.head && CONTENT_SUBJECTS.has(syntax.tokens[chunk.head].normal),
  );
  return subject ? at + (subject.head - local) : -1;
}

/**
 * What may stand between a name (ending at token `from - 1` of the index) and the "who" at token `who`, asked of
 * the syntax layer (relativeFollows): nothing but a comma ("Cruz, who"), a place ("Cruz of Texas, who"), or a first
 * relative clause and "and" ("Cruz, who won Iowa, and who"). Both tokens lie in one sentence.
 */
export function isRelativeGap(index: TokenIndex, from: number, who: number): boolean {
  const { syntax, at } = index.syntaxAt(who);
  return relativeFollows(syntax, at - (who - from), at);
}
