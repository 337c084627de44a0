/**
 * Sources: every attribution mention resolved to one entity by an ordered list of named sieves
 * (src/resolve/sieves.ts). This module keeps the entities and their indexes: by kind and name words, persons
 * by surname, media by last word, and the order in which they were mentioned, for "the nearest earlier".
 */
import type { Source, SourceKind, Span } from '../types.js';
import { lastStartingAtOrBefore } from '../segment/locate.js';
import type { MentionSpan } from '../attribute/attributions.js';
import type { Sentence } from '../segment/sentences.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { nameMention, type NamedMention } from './source-kind.js';
import {
  fullNamesInText,
  genderOfRoles,
  isSurnameOnly,
  personNames,
  withoutRoleWords,
  type FullName,
  type PersonName,
} from './names.js';
import { FEMALE_TITLES, MALE_TITLES } from '../lexicon/titles.js';
import { bare, isCapitalized, TokenIndex } from './tokens.js';
import { PERSONAL_PRONOUNS } from '../lexicon/source-words.js';
import { contentSubject } from './sayer.js';
import { subjectAfterOpener } from '../syntax/mention-phrase.js';
import { namesSomething, sourcePhrase } from './phrase.js';
import { PRONOUN_SIEVES, PHRASE_SIEVES_TO_ENTITY, type Mention } from './sieves.js';

export { isSayerGap } from './sayer.js';

/** An entity: a source with its name words and what the article says of it. */
export interface Entity extends NamedMention {
  id: string;
  mentions: Span[];
  /** Lowercase name words, for matching. */
  words: string[];
  /** Role nouns the article gives this person ("spokeswoman", "representative"). */
  roleWords: Set<string>;
}

/** Lowercase name words of a name ("The New York Post" -> new, york, post; "Ruiz's" -> ruiz; "Sen." -> sen). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/\.$/, '').replace(/[’']s?$/, ''))
    .filter((w) => w !== 'the' && w !== '');
}

/** How many recent entities or names a pronoun or description looks back over for its antecedent. */
export const MAX_ANTECEDENT_LOOKBACK = 50;

const keyOf = (kind: SourceKind, wordList: string[]): string => `${kind}:${wordList.join(' ')}`;

/** Resolves mentions, in text order, to entities. Every lookup goes through an index, so resolution stays linear. */
export class SourceResolver {
  readonly entities: Entity[] = [];
  private readonly byMention = new Map<MentionSpan, Entity | null>();
  /**
   * The first mention resolved at each range ("start:end"): two claims attributed at one written mention ("He
   * believes … and acknowledges …") share its entity, whatever was mentioned in between.
   */
  private readonly byRange = new Map<string, MentionSpan>();
  /** Each mention's sieves, for `by`-style explanations in tests and debugging. */
  readonly resolvedBy = new Map<MentionSpan, string>();
  /** Built on the first mention resolved: a document without attributions pays nothing for them. */
  private built: { names: PersonName[]; namedNames: NamedMention[]; index: TokenIndex } | null = null;
  /** Where each entity was last mentioned, for "the nearest earlier". */
  readonly lastSeen = new Map<Entity, number>();
  /** Entities in the order of their mentions (with repeats), for looking back from a pronoun. */
  readonly recent: Entity[] = [];
  /** Entities by kind and name words; persons also by surname; media also by last word. */
  readonly byKey = new Map<string, Entity>();
  readonly bySurname = new Map<string, Entity[]>();
  readonly byLastWord = new Map<string, Entity[]>();
  /** The one entity of each unresolved pronoun form. */
  readonly unresolved = new Map<string, Entity>();
  /** Pronouns opening a claim's content, by offset, with the claim's source ("Trump said he …"). */
  readonly contentSubjects = new Map<number, Entity>();
  /** The reshaped phrase of each mention the phrase sieves changed. */
  private readonly phraseSpans = new Map<MentionSpan, { start: number; end: number }>();
  /** Offsets of each entity's mentions, so a mention is added once. */
  private readonly mentionKeys = new Map<Entity, Set<string>>();

  constructor(
    readonly text: string,
    private readonly sentences: Sentence[],
    /** The analysis of each sentence, by sentence index (src/syntax/): the sieves ask it instead of walking tokens. */
    private readonly syntax: readonly SentenceSyntax[],
    /** The run's cue table: its verbs stand between a sayer and the pronoun of their claim. */
    readonly verbs: Map<string, CueVerbEntry>,
    readonly aliases: Record<string, string> = {},
  ) {}

  /** Full names the text writes of each capitalised word as a surname, built on first use (one pass). */
  private writtenNames: Map<string, FullName[]> | null = null;

  /** The full names the text writes with this surname ("Dorelle Ostrander", "Michael Ostrander"), in text order. */
  fullNamesWritten(surname: string): readonly FullName[] {
    if (this.writtenNames === null) {
      const words = new Set<string>();
      for (const token of this.index.tokens) if (isCapitalized(token)) words.add(bare(token));
      this.writtenNames = fullNamesInText(
        this.index,
        [...words].map((w) => [w]),
      );
    }
    return this.writtenNames.get(surname) ?? [];
  }

  /** Person names anywhere in the text, with what the article says of each where it names them. */
  get names(): PersonName[] {
    return this.build().names;
  }

  private lastNameWords: Set<string> | null = null;

  /** The last name word of every person name in the text ("ruiz" of "Sen. Tom Ruiz"), built on first use. */
  get nameSurnames(): Set<string> {
    if (this.lastNameWords === null) {
      this.lastNameWords = new Set();
      for (const named of this.namedNames) {
        const words = nameWords(named.name);
        if (words.length > 0) this.lastNameWords.add(words[words.length - 1]);
      }
    }
    return this.lastNameWords;
  }

  /** Each name's reading (kind person, name, title, role, gender), computed once. */
  get namedNames(): NamedMention[] {
    return this.build().namedNames;
  }

  /** The article's tokens in one array. */
  get index(): TokenIndex {
    return this.build().index;
  }

  private build(): { names: PersonName[]; namedNames: NamedMention[]; index: TokenIndex } {
    if (this.built) return this.built;
    const names = personNames(this.sentences);
    const namedNames = names.map((name) => {
      const named = withoutRoleWords(this.text, name.tokens, {
        ...nameMention(this.text, name.tokens),
        kind: 'person',
      });
      // "9/11 widow Terry Strada": the role words the sentence gives tell the gender when the name does not.
      named.gender ??= genderOfRoles(name.roleWords, FEMALE_TITLES, MALE_TITLES);
      if (!named.gender) delete named.gender;
      return named;
    });
    this.built = { names, namedNames, index: new TokenIndex(this.sentences, names, this.syntax) };
    return this.built;
  }

  /** Resolve one mention; mentions must come in text order. Null when the mention names no one ("READ MORE"). */
  resolve(mention: MentionSpan): string | null {
    if (this.byMention.has(mention)) return this.byMention.get(mention)?.id ?? null;
    const range = `${mention.start}:${mention.end}`;
    const first = this.byRange.get(range);
    if (first) return this.resolveAs(mention, first);
    this.byRange.set(range, mention);
    const entity = this.find(mention);
    this.byMention.set(mention, entity);
    if (entity) this.addMention(entity, this.phraseSpans.get(mention) ?? mention);
    return entity?.id ?? null;
  }

  /** A mention written where an earlier one was: its entity, sieves and phrase. */
  private resolveAs(mention: MentionSpan, first: MentionSpan): string | null {
    const entity = this.byMention.get(first) ?? null;
    this.byMention.set(mention, entity);
    const by = this.resolvedBy.get(first);
    if (by !== undefined) this.resolvedBy.set(mention, by);
    const span = this.phraseSpans.get(first);
    if (span) this.phraseSpans.set(mention, span);
    return entity?.id ?? null;
  }

  /** The phrase that names the source of a mention, where the phrase sieves reshaped it ("a source familiar with"). */
  phraseSpan(mention: MentionSpan): Span | null {
    const span = this.phraseSpans.get(mention);
    return span ? { text: this.text.slice(span.start, span.end), start: span.start, end: span.end } : null;
  }

  /**
   * "Trump said he would win": the pronoun opening a claim's content is its source when it fits (gender,
   * number), so it joins the source's mentions and resolves to it if it is itself a source later.
   */
  noteContent(mention: MentionSpan, contentStart: number): void {
    const entity = this.byMention.get(mention);
    const at = this.index.at(contentStart);
    if (!entity || at < 0) return;
    const found = contentSubject(this.index, at);
    if (found < 0 || !this.index.sameSentence(at, found)) return;
    const pronoun = this.index.tokens[found];
    if (!contentSubjectFits(entity, pronoun.normal)) return;
    if (this.contentSubjects.has(pronoun.start)) return;
    this.contentSubjects.set(pronoun.start, entity);
    // "Ola Dube said she would run": the article's own evidence of the person's gender.
    if (entity.kind === 'person' && !entity.gender && (pronoun.normal === 'he' || pronoun.normal === 'she'))
      entity.gender = pronoun.normal === 'he' ? 'male' : 'female';
    this.addMentionSpan(entity, pronoun);
  }

  /** The entity of a mention: pronouns through the pronoun sieves, phrases through the phrase sieves. */
  find(mention: MentionSpan): Entity | null {
    const first = mention.tokens[0];
    const pronoun = mention.tokens.length === 1 ? pronounRole(first.normal) : undefined;
    if (pronoun) {
      const input: Mention = { span: mention, tokens: mention.tokens, pronoun };
      for (const sieve of PRONOUN_SIEVES) {
        const entity = sieve.resolve(input, this);
        if (entity) {
          this.resolvedBy.set(mention, sieve.name);
          // The article's own evidence: a person "she" stands for is female from now on.
          if (entity.kind === 'person' && !entity.gender && (pronoun === 'male' || pronoun === 'female'))
            entity.gender = pronoun;
          return entity;
        }
      }
      return null;
    }
    const phrase = sourcePhrase(mention, this.index);
    if (!namesSomething(phrase.tokens)) {
      // "Meanwhile, it attacked Trump", "Instead, the Vermont senator is sticking to": a discourse word is no noun
      // phrase; the subject after it is.
      const subject = subjectAfter(this.index, this.index.at(mention.tokens[mention.tokens.length - 1].start));
      if (subject) {
        this.phraseSpans.set(mention, subject);
        const entity = this.find(subject);
        const span = this.phraseSpans.get(subject);
        if (span) this.phraseSpans.set(mention, span);
        return entity;
      }
      this.resolvedBy.set(mention, 'no-noun-phrase');
      return null;
    }
    // The phrase is the source's mention when the sieves took words outside the mention ("Dr." -> "Dr. Will");
    // a phrase inside the mention ("a posting" in "a posting on a forum") leaves the mention as written.
    const phraseStart = phrase.tokens[0].start;
    const phraseEnd = phrase.tokens[phrase.tokens.length - 1].end;
    // A name after "of" that stands for the phrase before it ("the head of the union") keeps the mention as written.
    if (mention.writtenStart !== undefined && phraseStart <= mention.writtenStart && phraseEnd < mention.end)
      this.phraseSpans.set(mention, { start: phraseStart, end: mention.end });
    else if (phraseStart < mention.start || phraseEnd > mention.end)
      this.phraseSpans.set(mention, { start: phraseStart, end: phraseEnd });
    const named = nameMention(this.text, phrase.tokens);
    const input: Mention = { span: mention, tokens: phrase.tokens, named };
    for (const sieve of PHRASE_SIEVES_TO_ENTITY) {
      const entity = sieve.resolve(input, this);
      if (entity) {
        this.resolvedBy.set(mention, [...phrase.by, sieve.name].join('+'));
        return entity;
      }
    }
    return null;
  }

  /** A mention of a source that speaks here: listed, and the source becomes the most recent one. */
  private addMention(entity: Entity, span: { start: number; end: number }): void {
    this.addMentionSpan(entity, span);
    this.lastSeen.set(entity, Math.max(this.lastSeen.get(entity) ?? -1, span.start));
    this.recent.push(entity);
    if (entity.kind === 'person') this.learnRoles(entity, span);
  }

  /** A person takes the role words and role the article gives them where the mention names them. */
  learnRoles(entity: Entity, span: { start: number; end: number }): void {
    const i = lastStartingAtOrBefore(this.names, span.end - 1);
    if (i < 0 || this.names[i].end <= span.start) return;
    for (const word of this.names[i].roleWords) entity.roleWords.add(word);
    if (!entity.role && this.names[i].role) entity.role = this.names[i].role;
    if (!entity.gender && this.namedNames[i].gender) entity.gender = this.namedNames[i].gender;
  }

  /** List a span among an entity's mentions, once. */
  addMentionSpan(entity: Entity, span: { start: number; end: number }): void {
    const keys = this.mentionKeys.get(entity) ?? new Set<string>();
    this.mentionKeys.set(entity, keys);
    const key = `${span.start}:${span.end}`;
    if (!keys.has(key)) {
      keys.add(key);
      entity.mentions.push({ text: this.text.slice(span.start, span.end), start: span.start, end: span.end });
    }
  }

  /** The person entity of the i-th name in the text: the one it matches, or a new one. */
  personNamedAt(i: number): Entity {
    const named = this.namedNames[i];
    const entity = this.matchPerson(named, nameWords(named.name)) ?? this.entity(named, this.names[i].start);
    for (const word of this.names[i].roleWords) entity.roleWords.add(word);
    if (!entity.role && this.names[i].role) entity.role = this.names[i].role;
    return entity;
  }

  /** The most recently mentioned entity before `before` (and after `from`) that fits, looking back a bounded way. */
  nearest(before: number, fits: (entity: Entity) => boolean, from = 0): Entity | null {
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - MAX_ANTECEDENT_LOOKBACK; i--) {
      const entity = this.recent[i];
      const seen = this.lastSeen.get(entity) ?? -1;
      if (seen >= from && seen < before && fits(entity)) return entity;
    }
    return null;
  }

  indexEntity(entity: Entity): void {
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

  /**
   * The person a name refers to: the same name, or the same surname ("Jeffrey" after "James Jeffrey", or "James
   * Jeffrey" after "Jeffrey": the same person, the fuller name wins), the one mentioned last.
   */
  matchPerson(named: NamedMention, own: string[]): Entity | null {
    if (own.length === 0) return null;
    const exact = this.byKey.get(keyOf('person', own));
    if (exact) return exact;
    const last = own[own.length - 1];
    // "John Schlafly" (he) is not "Mrs. Schlafly": a person of the other gender is someone else of that surname.
    const sameSurname = (this.bySurname.get(last) ?? []).filter(
      (e) => (own.length === 1 || e.words.length === 1) && !(named.gender && e.gender && named.gender !== e.gender),
    );
    let chosen: Entity | null = null;
    for (const e of sameSurname)
      if (!chosen || (this.lastSeen.get(e) ?? 0) > (this.lastSeen.get(chosen) ?? 0)) chosen = e;
    if (chosen && own.length > chosen.words.length) {
      chosen.name = named.name;
      chosen.words = own;
      if (named.title && !chosen.title) chosen.title = named.title;
      if (named.role && !chosen.role) chosen.role = named.role;
      if (named.gender && !chosen.gender) chosen.gender = named.gender;
      this.indexEntity(chosen);
    }
    return chosen;
  }

  /** An existing entity of the same kind and name ("The Post" = "The New York Post" for media). */
  matchName(named: NamedMention, own: string[]): Entity | null {
    if (own.length === 0) return null;
    if (named.kind === 'person') return this.matchPerson(named, own);
    const exact = this.byKey.get(keyOf(named.kind, own));
    if (exact) return exact;
    if (named.kind === 'media') {
      // "The Post" and "The New York Post": the shorter name ends the longer one.
      const endsWith = (long: string[], short: string[]) =>
        short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w);
      const last = own[own.length - 1];
      return (this.byLastWord.get(last) ?? []).find((e) => endsWith(e.words, own) || endsWith(own, e.words)) ?? null;
    }
    return null;
  }

  /** A new entity. */
  entity(named: NamedMention, at: number): Entity {
    const entity: Entity = { ...named, id: '', mentions: [], words: nameWords(named.name), roleWords: new Set() };
    this.entities.push(entity);
    this.lastSeen.set(entity, at);
    this.indexEntity(entity);
    return entity;
  }

  /**
   * A person known only by surname ("Park said") takes the full name the text gives elsewhere ("Health Minister
   * Joan Park"); a one-word source of another kind with that surname is that person ("Odunsi" before "Karen
   * Odunsi" is a person, never a group), merged into the person when both are sources.
   */
  private completeSurnames(): void {
    const fullNames = new Map<string, { named: NamedMention; words: string[] }>();
    this.namedNames.forEach((named) => {
      const words = nameWords(named.name);
      const surname = words[words.length - 1];
      if (words.length < 2 || !surname) return;
      // By surname (the first full name written), and by surname and gender ("Dorelle Ostrander" and her husband
      // "Michael Ostrander"); a surname of no known gender takes the first ("Ana Ruiz" before "Tim Ruiz").
      if (!fullNames.has(surname)) fullNames.set(surname, { named, words });
      const gendered = `${surname}:${named.gender ?? ''}`;
      if (!fullNames.has(gendered)) fullNames.set(gendered, { named, words });
    });
    // Full names written only in the text (a first name the tagger does not know: "Shanaz Okoro"), as a fallback.
    const inText = fullNamesInText(
      this.index,
      this.entities.filter((e) => e.kind === 'person').map((e) => e.words),
    );
    // Full names by their first word, where only one full name opens with it (null marks a first name shared).
    const firstNames = new Map<string, { named: NamedMention; words: string[] } | null>();
    this.namedNames.forEach((named) => {
      const words = nameWords(named.name);
      if (words.length < 2) return;
      const known = firstNames.get(words[0]);
      if (known === undefined) firstNames.set(words[0], { named, words });
      else if (known !== null && known.words.join(' ') !== words.join(' ')) firstNames.set(words[0], null);
    });
    const byFirstName = new Map<string, { named: NamedMention; words: string[] }>();
    for (const [first, full] of firstNames) if (full && !fullNames.has(first)) byFirstName.set(first, full);
    const merged = new Map<Entity, Entity>();
    for (const entity of this.entities) {
      // A one-word organization is the person of that surname ("Nike said" after "Premier Dale Nike"): the tagger
      // reads some surnames as companies.
      const surnameOrganization = entity.kind === 'organization' && entity.words.length === 1;
      if (
        !isSurnameOnly(entity.words) ||
        entity.kind === 'media' ||
        (entity.kind === 'organization' && !surnameOrganization) ||
        entity.kind === 'unknown'
      )
        continue;
      if (entity.kind !== 'person' && !/^\p{Lu}/u.test(entity.name)) continue;
      let full =
        entity.words.length === 1
          ? entity.gender
            ? (fullNames.get(`${entity.words[0]}:${entity.gender}`) ?? fullNames.get(entity.words[0]))
            : fullNames.get(entity.words[0])
          : undefined;
      // "Ostrander" (she) is not "Michael Ostrander": another full name of that surname may be hers.
      if (full && entity.gender && full.named.gender && entity.gender !== full.named.gender) full = undefined;
      if (!full && entity.kind === 'person') {
        // One full name of that surname, or one of the person's gender ("Dorelle Ostrander", not "Michael Ostrander").
        const fits = (inText.get(entity.words.join(' ')) ?? []).filter(
          (f) => !entity.gender || !f.gender || f.gender === entity.gender,
        );
        if (fits.length === 1) full = { named: { kind: 'person', name: fits[0].name }, words: fits[0].words };
      }
      // "says Michael" after "her husband Michael Ostrander": a first name alone is the one full name it opens.
      if (!full && entity.kind === 'person' && entity.words.length === 1) full = byFirstName.get(entity.words[0]);
      if (!full) continue;
      const person = this.byKey.get(keyOf('person', full.words));
      if (person && person !== entity) {
        merged.set(entity, person);
        continue;
      }
      entity.kind = 'person';
      entity.name = full.named.name;
      entity.words = full.words;
      if (full.named.title && !entity.title) entity.title = full.named.title;
      if (full.named.role && !entity.role) entity.role = full.named.role;
      this.indexEntity(entity);
    }
    this.merge(merged);
  }

  /** Move every mention of each merged entity into its person, in one pass over the mentions. */
  private merge(merged: Map<Entity, Entity>): void {
    if (merged.size === 0) return;
    for (const [from, into] of merged) for (const mention of from.mentions) this.addMentionSpan(into, mention);
    for (const [mention, entity] of this.byMention) {
      const into = entity && merged.get(entity);
      if (into) this.byMention.set(mention, into);
    }
    const kept = this.entities.filter((e) => !merged.has(e));
    this.entities.length = 0;
    this.entities.push(...kept);
  }

  /** Person entities also take every plain mention of their name in the text ("asked Jeffrey"). */
  private collectNameMentions(): void {
    const mentioned = (e: Entity | undefined) => (e && e.kind === 'person' && e.mentions.length > 0 ? e : undefined);
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i];
      const words = nameWords(this.namedNames[i].name);
      const entity =
        mentioned(this.byKey.get(keyOf('person', words))) ??
        (words.length === 1 ? (this.bySurname.get(words[0]) ?? []).find((e) => e.mentions.length > 0) : undefined);
      if (!entity) continue;
      // A name inside a mention already listed ("James Jeffrey" in "Ambassador James Jeffrey") shares its start or end.
      const covered = entity.mentions.some((m) => m.end === name.end || m.start === name.start);
      if (!covered) this.addMentionSpan(entity, name);
    }
  }

  /** The sources, numbered in order of first mention; entities never mentioned by a claim are left out. */
  sources(): Source[] {
    if (this.byMention.size === 0) return [];
    this.completeSurnames();
    this.collectNameMentions();
    const usedSet = new Set(this.byMention.values());
    const used = this.entities.filter((e) => usedSet.has(e));
    for (const entity of used) entity.mentions.sort((a, b) => a.start - b.start);
    used.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return used.map((entity, i) => {
      entity.id = `s${i + 1}`;
      // Key order is the JSON contract's order: id, name, kind, title?, role?, mentions.
      return {
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        ...(entity.title ? { title: entity.title } : {}),
        ...(entity.kind === 'person' && entity.role ? { role: entity.role } : {}),
        mentions: entity.mentions,
      };
    });
  }

  /** The entity id of a resolved mention (valid after `sources()`); null when it names no one. */
  idOf(mention: MentionSpan): string | null {
    return this.byMention.get(mention)?.id ?? null;
  }
}

/**
 * The subject right after the word at token `at` ("Meanwhile, it", "Instead, the Vermont senator"), asked of the
 * syntax layer (subjectAfterOpener); null when none follows in the sentence.
 */
function subjectAfter(index: TokenIndex, at: number): MentionSpan | null {
  if (at < 0) return null;
  const { syntax, at: local } = index.syntaxAt(at);
  const subject = subjectAfterOpener(syntax, local);
  if (!subject) return null;
  const tokens = syntax.tokens.slice(subject.first, subject.last + 1);
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

/** The kind of antecedent a pronoun needs, or undefined for a word that is no pronoun of a source. */
function pronounRole(word: string): Mention['pronoun'] {
  return Object.hasOwn(PERSONAL_PRONOUNS, word) ? PERSONAL_PRONOUNS[word] : undefined;
}

/** Whether the pronoun opening a claim's content can be the claim's source: same gender, same number. */
function contentSubjectFits(entity: Entity, pronoun: string): boolean {
  if (entity.kind === 'unknown') return entity.name.toLowerCase() === pronoun;
  if (pronoun === 'he' || pronoun === 'she')
    return entity.kind === 'person' && (!entity.gender || entity.gender === (pronoun === 'he' ? 'male' : 'female'));
  if (pronoun === 'it') return entity.kind === 'organization' || entity.kind === 'media';
  return entity.kind !== 'person';
}
