/**
 * Sources: every attribution mention resolved to one entity. Names are matched by surname and full
 * name ("Ambassador James Jeffrey" = "Jeffrey"), media by short name ("The Post" = "The New York Post"),
 * pronouns by the nearest fitting earlier person or group, "who" by the phrase before it.
 */
import type { Source, SourceKind, Span } from '../types.js';
import { lastStartingAtOrBefore } from '../segment/locate.js';
import type { MentionSpan } from '../attribute/attributions.js';
import type { Sentence, Token } from '../segment/sentences.js';
import { PERSONAL_PRONOUNS } from '../lexicon/source-words.js';
import { TITLES } from '../lexicon/titles.js';
import { HAVE_FORMS } from '../lexicon/function-words.js';
import { WEEKDAYS } from '../lexicon/number-words.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import { nameMention, type NamedMention } from './source-kind.js';

interface Entity extends NamedMention {
  id: string;
  mentions: Span[];
  /** Lowercase name words, for matching. */
  words: string[];
}

/** A person named somewhere in the text (a candidate antecedent for "he"/"she"). */
interface PersonName {
  start: number;
  end: number;
  tokens: Token[];
}

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s]+/)
    .filter((w) => w !== 'the');

const isTitle = (token: Token): boolean => TITLES.has(token.normal.replace(/\.$/, ''));

const continuesName = (token: Token): boolean =>
  token.tags.has('Person') ||
  (/^\p{Lu}/u.test(token.text) &&
    token.tags.has('ProperNoun') &&
    !token.tags.has('Organization') &&
    !token.tags.has('Place'));

/** Person names anywhere in the text: runs of capitalised words that compromise tags as a person. */
function personNames(sentences: Sentence[]): PersonName[] {
  const names: PersonName[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].tags.has('Pronoun') || !(tokens[i].tags.has('Person') || continuesName(tokens[i]))) continue;
      let j = i;
      // A first name carries the capitalised words after it ("Linda Okafor": only Linda is a known name).
      while (
        j + 1 < tokens.length &&
        continuesName(tokens[j + 1]) &&
        !/[,;:.]/.test(tokens[j].post.replace(/^\.$/, ''))
      )
        j++;
      // The span is the bare name ("Mr. Trump" names Trump); the tokens keep the titles before it, for the title.
      let first = i;
      while (first < j && isTitle(tokens[first])) first++;
      let titled = i;
      while (
        titled > 0 &&
        isTitle(tokens[titled - 1]) &&
        /^\p{Lu}/u.test(tokens[titled - 1].text) &&
        !/[,;:]/.test(tokens[titled - 1].post)
      )
        titled--;
      // A run of capitalised words is a person's name when compromise knows one of them as a name ("Dev Patel").
      const known = tokens.slice(i, j + 1).some((t) => t.tags.has('Person') && !t.tags.has('Honorific'));
      if (known && !isTitle(tokens[j]))
        names.push({ start: tokens[first].start, end: tokens[j].end, tokens: tokens.slice(titled, j + 1) });
      i = j;
    }
  }
  return names;
}

/** How close before a pronoun, in characters, a source must have spoken to be its antecedent before any other name. */
const RECENT_SPEAKER_REACH = 300;
/** How many recent entities or names a pronoun looks back over for its antecedent. */
const MAX_ANTECEDENT_LOOKBACK = 50;

/**
 * What may stand between a name and the "who" after it: nothing but a comma ("Cruz, who"), a place ("Cruz of
 * Texas, who"), or a first relative clause and "and" ("Cruz, who won Iowa, and who").
 */
const RELATIVE_GAP =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?\s*,?\s*(?:who\b[^.;:“”"()]{0,200}\band\s+)?$/u;

/** Role nouns a definite description of a person ends in, with the titles that hold the role ("the senator" = "Sen. Ruiz"). */
const ROLE_TITLES: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  senator: ['sen', 'senator'],
  governor: ['gov', 'governor'],
  congressman: ['rep', 'representative', 'congressman'],
  congresswoman: ['rep', 'representative', 'congresswoman'],
  president: ['president'],
  mayor: ['mayor'],
  candidate: ['candidate'],
  nominee: ['nominee'],
  secretary: ['secretary'],
  ambassador: ['ambassador'],
  judge: ['judge'],
  neurosurgeon: [],
  billionaire: [],
  businessman: [],
  businesswoman: [],
  mogul: [],
  tycoon: [],
  actor: [],
  actress: [],
  pope: ['pope'],
  lawmaker: ['sen', 'senator', 'rep', 'representative'],
  'front-runner': [],
  frontrunner: [],
});
/** How close before a description, in characters, its person must have been a source when no title tells. */
const DESCRIPTION_REACH = 1500;

/** A subject pronoun opening a content, after an optional "that" and a short clause ("that if elected, she would …"). */
const CONTENT_SUBJECT = /^\s*(?:that\s+)?(?:[^,.;:“”"()]{1,40},\s*)?(he|she|they|it)\b/i;

/** Whether the pronoun opening a claim's content can be the claim's source: same gender, same number. */
function contentSubjectFits(entity: Entity, pronoun: string): boolean {
  if (entity.kind === 'unknown') return entity.name.toLowerCase() === pronoun;
  if (pronoun === 'he' || pronoun === 'she')
    return entity.kind === 'person' && (!entity.gender || entity.gender === (pronoun === 'he' ? 'male' : 'female'));
  if (pronoun === 'it') return entity.kind === 'organization' || entity.kind === 'media';
  return entity.kind !== 'person';
}

/**
 * What stands between a name and the pronoun that is its claim's subject ("Trump said he", "Cruz has also argued
 * on Monday that she", "Ruiz told reporters he"): an optional form of "have", an optional "also", a cue verb's
 * finite form (the addressee after "tell"), an optional weekday ("on Monday"), an optional comma and "that".
 */
export function isSayerGap(gap: string, verbs: Map<string, CueVerbEntry>): boolean {
  if (!/^\s/.test(gap) || !/\s$/.test(gap)) return false;
  const words = gap.trim().split(/\s+/);
  let i = 0;
  if (HAVE_FORMS.has(words[i])) i++;
  if (words[i] === 'also') i++;
  // The comma may stand only after the last word of the verb phrase, and only "that" after it.
  let comma = false;
  const word = (k: number): string | undefined => {
    if (comma || k >= words.length) return undefined;
    if (!words[k].endsWith(',')) return words[k];
    comma = true;
    return words[k].slice(0, -1);
  };
  const verb = word(i++);
  const entry = verb === undefined ? undefined : verbs.get(verb);
  if (!verb || !entry || !isSayerForm(verb, entry)) return false;
  if (entry.base === 'tell' && !/^\p{L}+$/u.test(word(i++) ?? '')) return false;
  const day = (w: string | undefined) => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w) && WEEKDAYS.has(w.toLowerCase());
  if (!comma && i < words.length && words[i] !== 'that') {
    if (words[i] === 'on') i++;
    if (!day(word(i++))) return false;
  }
  if (i < words.length && words[i] === 'that') i++;
  return i === words.length;
}

/**
 * The cue-verb forms that can follow a sayer's name: finite forms of verbs of saying and belief ("says", "said",
 * "thought", "hoped"), not the bare base ("say") nor the gerund ("saying"), nor evidence verbs ("found", "showed").
 * (On polnear-train and -dev, admitting every form of every class changes no output; this is the narrower reading.)
 */
function isSayerForm(form: string, entry: CueVerbEntry): boolean {
  return entry.cueClass !== 'evidence' && form !== entry.base && !form.endsWith('ing');
}

/** How far before a pronoun, in characters, its sayer's surname may stand. */
const SAYER_WINDOW = 80;

const keyOf = (kind: SourceKind, wordList: string[]): string =>
  `${kind === 'person' ? 'person' : kind}:${wordList.join(' ')}`;

/** Resolves mentions, in text order, to entities. Every lookup goes through an index, so resolution stays linear. */
export class SourceResolver {
  private readonly entities: Entity[] = [];
  private readonly byMention = new Map<MentionSpan, Entity>();
  private readonly names: PersonName[];
  /** Each name's reading, computed once. */
  private readonly namedNames: NamedMention[];
  /** Where each entity was last mentioned, for "the nearest earlier". */
  private readonly lastSeen = new Map<Entity, number>();
  /** Entities in the order of their mentions (with repeats), for looking back from a pronoun. */
  private readonly recent: Entity[] = [];
  /** Entities by kind and name words; persons also by surname; media also by last word. */
  private readonly byKey = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byLastWord = new Map<string, Entity[]>();
  /** The one entity of each unresolved pronoun form. */
  private readonly unresolved = new Map<string, Entity>();
  /** Pronouns opening a claim's content, by offset, with the claim's source ("Trump said he …"). */
  private readonly contentSubjects = new Map<number, Entity>();
  /** Offsets of each entity's mentions, so a mention is added once. */
  private readonly mentionKeys = new Map<Entity, Set<string>>();

  constructor(
    private readonly text: string,
    sentences: Sentence[],
    /** The run's cue table: its verbs stand between a sayer and the pronoun of their claim. */
    private readonly verbs: Map<string, CueVerbEntry>,
    private readonly aliases: Record<string, string> = {},
  ) {
    this.names = personNames(sentences);
    this.namedNames = this.names.map((name) => nameMention(text, name.tokens));
  }

  /** Resolve one mention; mentions must come in text order. */
  resolve(mention: MentionSpan): string {
    const existing = this.byMention.get(mention);
    if (existing) return existing.id;
    const entity = this.find(mention);
    this.byMention.set(mention, entity);
    this.addMention(entity, mention);
    return entity.id;
  }

  /**
   * "Trump said he would win": the pronoun opening a claim's content is its source when it fits (gender,
   * number), so it joins the source's mentions and resolves to it if it is itself a source later.
   */
  noteContent(mention: MentionSpan, contentStart: number): void {
    const entity = this.byMention.get(mention);
    const found = CONTENT_SUBJECT.exec(this.text.slice(contentStart, contentStart + 40));
    if (!entity || !found) return;
    const pronoun = found[1].toLowerCase();
    if (!contentSubjectFits(entity, pronoun)) return;
    const start = contentStart + found[0].length - found[1].length;
    if (this.contentSubjects.has(start)) return;
    this.contentSubjects.set(start, entity);
    this.addMentionSpan(entity, { start, end: start + found[1].length });
  }

  /** A mention of a source that speaks here: listed, and the source becomes the most recent one. */
  private addMention(entity: Entity, span: { start: number; end: number }): void {
    this.addMentionSpan(entity, span);
    this.lastSeen.set(entity, Math.max(this.lastSeen.get(entity) ?? -1, span.start));
    this.recent.push(entity);
  }

  /** List a span among an entity's mentions, once. */
  private addMentionSpan(entity: Entity, span: { start: number; end: number }): void {
    const keys = this.mentionKeys.get(entity) ?? new Set<string>();
    this.mentionKeys.set(entity, keys);
    const key = `${span.start}:${span.end}`;
    if (!keys.has(key)) {
      keys.add(key);
      entity.mentions.push({ text: this.text.slice(span.start, span.end), start: span.start, end: span.end });
    }
  }

  private find(mention: MentionSpan): Entity {
    const first = mention.tokens[0];
    if (mention.tokens.length === 1 && Object.hasOwn(PERSONAL_PRONOUNS, first.normal)) {
      const role = PERSONAL_PRONOUNS[first.normal];
      const claimSource = this.contentSubjects.get(mention.start);
      if (claimSource) return claimSource;
      if (role === 'relative') {
        // "Senator Tom Ruiz of Ohio, who": the person named right before the "who" comes before the nearest phrase.
        const person = this.relativeAntecedent(mention.start);
        if (person) return person;
        if (mention.antecedent) return this.find(mention.antecedent);
      }
      const antecedent = this.antecedent(role, mention.start);
      if (antecedent) return antecedent;
      // One "unknown" source per pronoun form: unresolved "he"s are not told apart.
      const known = this.unresolved.get(first.normal);
      if (known) return known;
      const entity = this.entity({ kind: 'unknown', name: first.text }, mention.start);
      this.unresolved.set(first.normal, entity);
      return entity;
    }
    const described = this.describedPerson(mention);
    if (described) return described;
    const named = nameMention(this.text, mention.tokens);
    // Own keys only: an article naming "constructor" must not reach Object.prototype.
    const alias = (name: string) => (Object.hasOwn(this.aliases, name) ? this.aliases[name] : undefined);
    const canonical = alias(named.name) ?? alias(named.name.replace(/^the\s+/i, ''));
    if (canonical) named.name = canonical;
    return this.match(named) ?? this.entity(named, mention.start);
  }

  /** The nearest earlier entity a pronoun can stand for. */
  private antecedent(role: string, before: number): Entity | null {
    if (role === 'male' || role === 'female') {
      const fits = (e: Entity) => e.kind === 'person' && (!e.gender || e.gender === role);
      const sayer = this.namedSayer(role, before);
      if (sayer) return sayer;
      // A person who spoke just before ("“…,” Brafman said. “…,” he added") is who "he" is, before any name merely mentioned.
      const speaker = this.nearest(before, fits);
      if (speaker && (this.lastSeen.get(speaker) ?? -1) >= before - RECENT_SPEAKER_REACH) return speaker;
      // The nearest person named before the pronoun, of a fitting gender when it is known.
      const last = lastStartingAtOrBefore(this.names, before - 1);
      for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
        const named = this.namedNames[i];
        if (this.names[i].start >= before || (named.gender && named.gender !== role)) continue;
        return this.personNamedAt(i);
      }
      return this.nearest(before, fits);
    }
    if (role === 'plural' || role === 'neuter')
      return this.nearest(before, (e) => e.kind !== 'person' && e.kind !== 'unknown');
    return null;
  }

  /** The person entity of the i-th name in the text: the one it matches, or a new one. */
  private personNamedAt(i: number): Entity {
    const person = { ...this.namedNames[i], kind: 'person' as const };
    return this.match(person) ?? this.entity(person, this.names[i].start);
  }

  /**
   * "Senator Ted Cruz of Texas, who last year threatened a shutdown, and who has been hoping …": a "who" the
   * attribution left without antecedent stands for the person named right before it (or before its first "who").
   */
  private relativeAntecedent(before: number): Entity | null {
    const i = lastStartingAtOrBefore(this.names, before - 1);
    if (i < 0 || this.names[i].end > before) return null;
    if (!RELATIVE_GAP.test(this.text.slice(this.names[i].end, before))) return null;
    return this.personNamedAt(i);
  }

  /**
   * "John Kasich spoke in Ohio. The Ohio governor said …": a definite description whose head is a role a person
   * holds is the nearest person source before it with that title ("Gov. John Kasich"), else, for a role every
   * candidate holds ("the candidate", "the senator"), the nearest person source shortly before it.
   */
  private describedPerson(mention: MentionSpan): Entity | null {
    const tokens = mention.tokens;
    if (tokens.length < 2 || tokens[0].normal !== 'the' || /^\p{Lu}/u.test(tokens[tokens.length - 1].text)) return null;
    if (tokens.some((t) => t.tags.has('Possessive') || t.tags.has('Plural'))) return null;
    const head = tokens[tokens.length - 1].normal;
    const titles = ROLE_TITLES[head];
    if (!titles) return null;
    const holds = (title: string | undefined) =>
      !!title && words(title).some((w) => titles.includes(w.replace(/\.$/, '')));
    const titled = this.nearest(mention.start, (e) => e.kind === 'person' && holds(e.title));
    if (titled) return titled;
    // A person named with that title but not yet a source ("Gov. John Kasich spoke …").
    const last = lastStartingAtOrBefore(this.names, mention.start - 1);
    for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
      if (this.names[i].end > mention.start || !holds(this.namedNames[i].title)) continue;
      return this.personNamedAt(i);
    }
    // No title tells: the nearest person source shortly before, unless a title of theirs says otherwise.
    const person = this.nearest(mention.start, (e) => e.kind === 'person');
    return person && !person.title && (this.lastSeen.get(person) ?? -1) >= mention.start - DESCRIPTION_REACH
      ? person
      : null;
  }

  /** "but Trump said he responded": the person named right before the speech verb that the pronoun follows. */
  private namedSayer(role: 'male' | 'female', before: number): Entity | null {
    const i = lastStartingAtOrBefore(this.names, before - 1);
    if (i < 0 || this.names[i].end > before || !isSayerGap(this.text.slice(this.names[i].end, before), this.verbs))
      return this.knownSayer(role, before);
    const named = this.namedNames[i];
    if (named.gender && named.gender !== role) return null;
    const entity = this.personNamedAt(i);
    return entity.gender && entity.gender !== role ? null : entity;
  }

  /** "Trump said he", where the tagger knows no "Trump": a surname a person source already goes by. */
  private knownSayer(role: 'male' | 'female', before: number): Entity | null {
    const window = this.text.slice(Math.max(0, before - SAYER_WINDOW), before);
    const capitalised = [...window.matchAll(/\p{Lu}[\p{L}-]*/gu)];
    const word = capitalised[capitalised.length - 1];
    if (!word || word.index === undefined || !isSayerGap(window.slice(word.index + word[0].length), this.verbs))
      return null;
    const people = (this.bySurname.get(word[0].toLowerCase()) ?? []).filter(
      (e) => e.kind === 'person' && (!e.gender || e.gender === role),
    );
    let chosen: Entity | null = null;
    for (const e of people) if (!chosen || (this.lastSeen.get(e) ?? 0) > (this.lastSeen.get(chosen) ?? 0)) chosen = e;
    if (chosen) return chosen;
    // Else a person named earlier with that surname ("Donald Trump … Trump said he").
    const surname = word[0].toLowerCase();
    const last = lastStartingAtOrBefore(this.names, before - 1);
    for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
      const named = this.namedNames[i];
      const nameWords = words(named.name);
      if (nameWords[nameWords.length - 1] !== surname || (named.gender && named.gender !== role)) continue;
      return this.personNamedAt(i);
    }
    return null;
  }

  /** The most recently mentioned entity before `before` that fits, looking back a bounded way. */
  private nearest(before: number, fits: (entity: Entity) => boolean): Entity | null {
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - MAX_ANTECEDENT_LOOKBACK; i--) {
      const entity = this.recent[i];
      if ((this.lastSeen.get(entity) ?? -1) < before && fits(entity)) return entity;
    }
    return null;
  }

  private index(entity: Entity): void {
    this.byKey.set(keyOf(entity.kind, entity.words), entity);
    const last = entity.words[entity.words.length - 1];
    if (last === undefined) return;
    const table = entity.kind === 'person' ? this.bySurname : entity.kind === 'media' ? this.byLastWord : null;
    if (table) {
      const list = table.get(last) ?? [];
      if (!list.includes(entity)) list.push(entity);
      table.set(last, list);
    }
  }

  /** An existing entity the named mention refers to. */
  private match(named: NamedMention): Entity | null {
    const own = words(named.name);
    if (own.length === 0) return null;
    const exact = this.byKey.get(keyOf(named.kind, own));
    if (exact) return exact;
    const last = own[own.length - 1];
    if (named.kind === 'person') {
      // "Jeffrey" after "James Jeffrey", or "James Jeffrey" after "Jeffrey": the same person, the fuller name wins.
      const sameSurname = (this.bySurname.get(last) ?? []).filter((e) => own.length === 1 || e.words.length === 1);
      let chosen: Entity | null = null;
      for (const e of sameSurname)
        if (!chosen || (this.lastSeen.get(e) ?? 0) > (this.lastSeen.get(chosen) ?? 0)) chosen = e;
      if (chosen && own.length > chosen.words.length) {
        chosen.name = named.name;
        chosen.words = own;
        if (named.title && !chosen.title) chosen.title = named.title;
        if (named.gender && !chosen.gender) chosen.gender = named.gender;
        this.index(chosen);
      }
      return chosen;
    }
    if (named.kind === 'media') {
      // "The Post" and "The New York Post": the shorter name ends the longer one.
      const endsWith = (long: string[], short: string[]) =>
        short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w);
      return (this.byLastWord.get(last) ?? []).find((e) => endsWith(e.words, own) || endsWith(own, e.words)) ?? null;
    }
    return null;
  }

  private entity(named: NamedMention, at: number): Entity {
    const entity: Entity = { ...named, id: '', mentions: [], words: words(named.name) };
    this.entities.push(entity);
    this.lastSeen.set(entity, at);
    this.index(entity);
    return entity;
  }

  /** A person known only by surname ("Park said") takes the full name the text gives elsewhere ("Health Minister Joan Park"). */
  private completeSurnames(): void {
    const fullNames = new Map<string, NamedMention>();
    for (const named of this.namedNames) {
      const nameWords = words(named.name);
      const surname = nameWords[nameWords.length - 1];
      if (named.kind === 'person' && nameWords.length >= 2 && surname && !fullNames.has(surname))
        fullNames.set(surname, named);
    }
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity.words.length !== 1) continue;
      const named = fullNames.get(entity.words[0]);
      if (!named) continue;
      entity.name = named.name;
      entity.words = words(named.name);
      if (named.title && !entity.title) entity.title = named.title;
      this.index(entity);
    }
  }

  /** Person entities also take every plain mention of their name in the text ("asked Jeffrey"). */
  private collectNameMentions(): void {
    const mentioned = (e: Entity | undefined) => (e && e.kind === 'person' && e.mentions.length > 0 ? e : undefined);
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i];
      const nameWords = words(this.namedNames[i].name);
      const entity =
        mentioned(this.byKey.get(keyOf('person', nameWords))) ??
        (nameWords.length === 1
          ? (this.bySurname.get(nameWords[0]) ?? []).find((e) => e.mentions.length > 0)
          : undefined);
      if (!entity) continue;
      // A name inside a mention already listed ("James Jeffrey" in "Ambassador James Jeffrey") shares its start or end.
      const covered = entity.mentions.some((m) => m.end === name.end || m.start === name.start);
      if (!covered)
        entity.mentions.push({ text: this.text.slice(name.start, name.end), start: name.start, end: name.end });
    }
  }

  /** The sources, numbered in order of first mention; entities never mentioned by a claim are left out. */
  sources(): Source[] {
    this.completeSurnames();
    this.collectNameMentions();
    const usedSet = new Set(this.byMention.values());
    const used = this.entities.filter((e) => usedSet.has(e));
    for (const entity of used) entity.mentions.sort((a, b) => a.start - b.start);
    used.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return used.map((entity, i) => {
      entity.id = `s${i + 1}`;
      // Key order is the JSON contract's order: id, name, kind, title?, mentions.
      return {
        id: entity.id,
        name: entity.name,
        kind: entity.kind as SourceKind,
        ...(entity.title ? { title: entity.title } : {}),
        mentions: entity.mentions,
      };
    });
  }

  /** The entity id of a resolved mention (valid after `sources()`). */
  idOf(mention: MentionSpan): string {
    return (this.byMention.get(mention) as Entity).id;
  }
}
