/**
 * Sources: every attribution mention resolved to one entity. Names are matched by surname and full
 * name ("Ambassador James Jeffrey" = "Jeffrey"), media by short name ("The Post" = "The New York Post"),
 * pronouns by the nearest fitting earlier person or group, "who" by the phrase before it.
 */
import type { Source, SourceKind, Span } from '../types.js';
import type { MentionSpan } from '../attribute/attributions.js';
import type { Sentence, Token } from '../segment/sentences.js';
import { PERSONAL_PRONOUNS } from '../lexicon/source-words.js';
import { TITLES } from '../lexicon/titles.js';
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

const words = (name: string): string[] => name.toLowerCase().replace(/[’']s\b/g, '').split(/[\s]+/).filter((w) => w !== 'the');

const isTitle = (token: Token): boolean => TITLES.has(token.normal.replace(/\.$/, ''));

const continuesName = (token: Token): boolean =>
  token.tags.has('Person') || (/^\p{Lu}/u.test(token.text) && token.tags.has('ProperNoun') && !token.tags.has('Organization') && !token.tags.has('Place'));

/** Person names anywhere in the text: runs of capitalised words that compromise tags as a person. */
function personNames(sentences: Sentence[]): PersonName[] {
  const names: PersonName[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].tags.has('Pronoun') || !(tokens[i].tags.has('Person') || continuesName(tokens[i]))) continue;
      let j = i;
      // A first name carries the capitalised words after it ("Linda Okafor": only Linda is a known name).
      while (j + 1 < tokens.length && continuesName(tokens[j + 1]) && !/[,;:.]/.test(tokens[j].post.replace(/^\.$/, ''))) j++;
      // The span is the bare name ("Mr. Trump" names Trump); the tokens keep the titles before it, for the title.
      let first = i;
      while (first < j && isTitle(tokens[first])) first++;
      let titled = i;
      while (titled > 0 && isTitle(tokens[titled - 1]) && /^\p{Lu}/u.test(tokens[titled - 1].text) && !/[,;:]/.test(tokens[titled - 1].post)) titled--;
      // A run of capitalised words is a person's name when compromise knows one of them as a name ("Dev Patel").
      const known = tokens.slice(i, j + 1).some((t) => t.tags.has('Person') && !t.tags.has('Honorific'));
      if (known && !isTitle(tokens[j])) names.push({ start: tokens[first].start, end: tokens[j].end, tokens: tokens.slice(titled, j + 1) });
      i = j;
    }
  }
  return names;
}

/** Resolves mentions, in text order, to entities. */
export class SourceResolver {
  private readonly entities: Entity[] = [];
  private readonly byMention = new Map<MentionSpan, Entity>();
  private readonly names: PersonName[];
  /** Where each entity was last mentioned, for "the nearest earlier". */
  private readonly lastSeen = new Map<Entity, number>();

  constructor(
    private readonly text: string,
    sentences: Sentence[],
    private readonly aliases: Record<string, string> = {},
  ) {
    this.names = personNames(sentences);
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

  private addMention(entity: Entity, span: { start: number; end: number }): void {
    if (!entity.mentions.some((m) => m.start === span.start && m.end === span.end)) entity.mentions.push({ text: this.text.slice(span.start, span.end), start: span.start, end: span.end });
    this.lastSeen.set(entity, Math.max(this.lastSeen.get(entity) ?? -1, span.start));
  }

  private find(mention: MentionSpan): Entity {
    const first = mention.tokens[0];
    if (mention.tokens.length === 1 && Object.hasOwn(PERSONAL_PRONOUNS, first.normal)) {
      const role = PERSONAL_PRONOUNS[first.normal];
      if (role === 'relative' && mention.antecedent) return this.find(mention.antecedent);
      const antecedent = this.antecedent(role, mention.start);
      return antecedent ?? this.entity({ kind: 'unknown', name: first.text }, mention.start);
    }
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
      // The nearest person named before the pronoun, of a fitting gender when it is known.
      for (let i = this.names.length - 1; i >= 0; i--) {
        const name = this.names[i];
        if (name.start >= before) continue;
        const named = nameMention(this.text, name.tokens);
        if (named.gender && named.gender !== role) continue;
        const entity = this.match({ ...named, kind: 'person' }) ?? this.entity({ ...named, kind: 'person' }, name.start);
        return entity;
      }
      return this.nearest(before, (e) => e.kind === 'person' && (!e.gender || e.gender === role));
    }
    if (role === 'plural' || role === 'neuter') return this.nearest(before, (e) => e.kind !== 'person' && e.kind !== 'unknown');
    return null;
  }

  private nearest(before: number, fits: (entity: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      const seen = this.lastSeen.get(entity) ?? -1;
      if (seen < before && fits(entity) && (!best || seen > (this.lastSeen.get(best) ?? -1))) best = entity;
    }
    return best;
  }

  /** An existing entity the named mention refers to. */
  private match(named: NamedMention): Entity | null {
    const own = words(named.name);
    if (own.length === 0) return null;
    const candidates = this.entities.filter((e) => e.kind === named.kind || (named.kind === 'person' && e.kind === 'person'));
    const exact = candidates.find((e) => e.words.join(' ') === own.join(' '));
    if (exact) return exact;
    if (named.kind === 'person') {
      const surname = own[own.length - 1];
      // "Jeffrey" after "James Jeffrey", or "James Jeffrey" after "Jeffrey": the same person, the fuller name wins.
      const bySurname = candidates.filter((e) => e.words[e.words.length - 1] === surname && (own.length === 1 || e.words.length === 1));
      const chosen = bySurname.sort((a, b) => (this.lastSeen.get(b) ?? 0) - (this.lastSeen.get(a) ?? 0))[0];
      if (chosen && own.length > chosen.words.length) {
        chosen.name = named.name;
        chosen.words = own;
        if (named.title && !chosen.title) chosen.title = named.title;
        if (named.gender && !chosen.gender) chosen.gender = named.gender;
      }
      return chosen ?? null;
    }
    if (named.kind === 'media') {
      // "The Post" and "The New York Post": the shorter name ends the longer one.
      const endsWith = (long: string[], short: string[]) => short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w);
      return candidates.find((e) => endsWith(e.words, own) || endsWith(own, e.words)) ?? null;
    }
    return null;
  }

  private entity(named: NamedMention, at: number): Entity {
    const entity: Entity = { ...named, id: '', mentions: [], words: words(named.name) };
    this.entities.push(entity);
    this.lastSeen.set(entity, at);
    return entity;
  }

  /** A person known only by surname ("Park said") takes the full name the text gives elsewhere ("Health Minister Joan Park"). */
  private completeSurnames(): void {
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity.words.length !== 1) continue;
      for (const name of this.names) {
        const named = nameMention(this.text, name.tokens);
        const nameWords = words(named.name);
        if (named.kind !== 'person' || nameWords.length < 2 || nameWords[nameWords.length - 1] !== entity.words[0]) continue;
        entity.name = named.name;
        entity.words = nameWords;
        if (named.title && !entity.title) entity.title = named.title;
        break;
      }
    }
  }

  /** Person entities also take every plain mention of their name in the text ("asked Jeffrey"). */
  private collectNameMentions(): void {
    for (const name of this.names) {
      const named = nameMention(this.text, name.tokens);
      const entity = this.entities.find((e) => e.kind === 'person' && e.mentions.length > 0 && (e.words.join(' ') === words(named.name).join(' ') || (words(named.name).length === 1 && e.words[e.words.length - 1] === words(named.name)[0])));
      if (entity && !entity.mentions.some((m) => m.start <= name.start && name.end <= m.end)) entity.mentions.push({ text: this.text.slice(name.start, name.end), start: name.start, end: name.end });
    }
  }

  /** The sources, numbered in order of first mention; entities never mentioned by a claim are left out. */
  sources(): Source[] {
    this.completeSurnames();
    this.collectNameMentions();
    const used = this.entities.filter((e) => [...this.byMention.values()].includes(e));
    used.sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
    return used.map((entity, i) => {
      entity.id = `s${i + 1}`;
      entity.mentions.sort((a, b) => a.start - b.start);
      // Key order is the JSON contract's order: id, name, kind, title?, mentions.
      return { id: entity.id, name: entity.name, kind: entity.kind as SourceKind, ...(entity.title ? { title: entity.title } : {}), mentions: entity.mentions };
    });
  }

  /** The entity id of a resolved mention (valid after `sources()`). */
  idOf(mention: MentionSpan): string {
    return (this.byMention.get(mention) as Entity).id;
  }
}
