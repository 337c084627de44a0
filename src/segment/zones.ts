/**
 * Page structure: the parts of a scraped news page that are not the article's running text. Headlines and
 * title-case summary lines, datelines and bylines, photo credits and captions, teasers and kickers, footers and
 * author bios. Computed once per document, line by line: each line is tested by a few anchored patterns on at
 * most its first MAX_LABEL_CHARS characters (and a line longer than MAX_FURNITURE_CHARS is never furniture as a
 * whole), so the cost is linear in the text.
 *
 * Later stages keep furniture out of the claims: no claim, cue, source or number comes from a furniture zone,
 * except that a headline may be an attribution itself ("Senator Said Cuts Were 'Inevitable'").
 */
import type { Byline, Dateline, Zone, ZoneKind } from '../types.js';
import type { Paragraph } from './paragraphs.js';
import { containing } from './locate.js';
import {
  AGENCY_WORD_PATTERN,
  BIO_ROLE_PATTERN,
  CREDIT_LABELS,
  FOOTER_LABELS,
  MONTH_PATTERN,
  TEASER_LABELS,
  WEEKDAY_PATTERN,
} from '../lexicon/page-furniture.js';
import { HEADLINE_SMALL_WORDS } from '../lexicon/function-words.js';

/** The page structure of one document: its zones (sorted, not overlapping) and the dateline and byline it names. */
export interface PageStructure {
  zones: Zone[];
  dateline?: Dateline;
  byline?: Byline;
}

/** Longest line, in characters, that may be furniture as a whole (a headline, a caption, a footer line). */
const MAX_FURNITURE_CHARS = 400;
/** How much of a line the label and dateline patterns read. */
const MAX_LABEL_CHARS = 160;
/** Most words in a headline or a title-case summary line. */
const MAX_HEADLINE_WORDS = 25;
/** Most words of a byline line. */
const MAX_BYLINE_WORDS = 15;
/** Most words of a kicker line that ends with a colon at the end of the page ("Watch 9 resolutions in 90 seconds:"). */
const MAX_KICKER_WORDS = 15;
/** How much of the end of a line is read for an author bio or a contact line. */
const MAX_TAIL_CHARS = 600;
/** How many paragraphs of running text may open with a wire dateline. */
const DATELINE_PARAGRAPHS = 2;
/** How many paragraphs at the end of a page may hold an author bio or a contact footer. */
const TAIL_PARAGRAPHS = 2;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label at the start of a line: a multi-word label may run on without a colon; any label may stand alone. */
const labelPattern = (labels: readonly string[]): RegExp => {
  const words = labels.filter((l) => !l.includes(' ')).map(escape);
  const phrases = labels.filter((l) => l.includes(' ')).map(escape);
  return new RegExp(`^[—–-]*\\s*(?:(?:${words.join('|')})\\s*(?::|\\||$)|(?:${phrases.join('|')})\\b\\s*:?)`, 'i');
};
const TEASER = labelPattern(TEASER_LABELS);
const CREDIT = labelPattern(CREDIT_LABELS);
const FOOTER = labelPattern(FOOTER_LABELS);
/** "Also on HuffPost:", "More from CBC News:". */
const ALSO_ON = /^(?:also on|more from|more on)\s+[\p{Lu}][^:]{0,40}:?$/iu;
/** "Follow her on Twitter: @…", "Follow Pam Key on Twitter". */
const FOLLOW = /^follow\s+(?:[\p{L}.'’-]+\s+){1,3}on\s+(?:twitter|facebook|instagram|x)\b/iu;
/** A short label before a colon that opens a line: "Earlier: …", "Relevant Reading: …". */
const KICKER_LABEL = /^[\p{Lu}][\p{L}'’]*(?:\s+[\p{L}'’]+)?:\s+\S/u;
/** An ALL-CAPS label before a colon ("BREAKING:", "EDITOR'S NOTE:"), and what follows it. */
const CAPS_LABEL = /^([\p{Lu}][\p{Lu}\d'’&. -]{1,30}[\p{Lu}\d]):\s*(.*)$/u;
/**
 * A credit inside a line: "(CP Photo/Jane Doe)", "(AP Photo)", "Getty Images", "Photo by …", and a caption's
 * closing "(Adrian Wyld/Canadian Press)": a name, a slash and an outlet in parentheses at the line's end.
 */
const INLINE_CREDIT =
  /\((?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:Photo|Photograph|Image|Video)\b[^()]{0,80}\)|\bGetty Images\b|\b(?:Photo|Photograph|Image)s?\s+(?:by|courtesy(?: of)?)\s+\p{Lu}|\((?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}.'’-]*\s*\/\s*[\p{Lu}][^()/]{1,40}\)\W*$/u;

const PLACE_CAPS = "[\\p{Lu}][\\p{Lu}.'’-]+(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+){0,3}";
const PLACE_TITLE = "[\\p{Lu}][\\p{L}.'’-]+(?:\\s+[\\p{Lu}][\\p{L}.'’-]+){0,2}";
const REGION = "(?:,\\s+[\\p{Lu}][\\p{L}.'’]*(?:\\s+[\\p{Lu}][\\p{L}.'’]*){0,2})?";
const DATE = `(?:,?\\s+(?:${WEEKDAY_PATTERN},?\\s+)?${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?`;
const AGENCY = '(?:\\s*\\(([^()\\n]{1,40})\\))';
const DASH = '\\s*(?:—|―|–|--|-)\\s';
/**
 * A wire dateline opening a paragraph: "WASHINGTON, Jan. 5 (Reuters) - ", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ",
 * "TORONTO — ", and a title-case place only with its agency: "Ottawa (CP) - ". Groups: place, agency.
 */
const WIRE_DATELINE = new RegExp(
  `^(?:(${PLACE_CAPS})${REGION}${DATE}${AGENCY}?|(${PLACE_TITLE})${REGION}${DATE}${AGENCY})${DASH}`,
  'u',
);
/** A line that is only a date, maybe with a label and a time: "Monday, July 28, 2014", "Updated: Dec. 22, 2018 5:04 PM ET". */
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|last updated|first published)\\b\\s*:?\\s*)?(?:${WEEKDAY_PATTERN},?\\s+)?` +
    `${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}[\\s\\d:.,|/apmestdcugAPMESTDCUGT-]{0,30}$`,
  'iu',
);
/** "By Ann Lee, Staff Reporter", "By ANN LEE and BO NG | The Canadian Press", "By The Associated Press". */
const BYLINE =
  /^By\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|da))*)\s*(?:[,|—–-]\s*(.*))?$/u;
/** A name and a role on a line of its own at the top: "Rachel Gilmore, Power Play producer". */
const NAME_ROLE = /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})\s*[,|]\s*(.+)$/u;
const AGENCY_WORDS = new RegExp(`\\b${AGENCY_WORD_PATTERN}\\b|^[\\p{Lu}]{2,5}$`, 'u');
/** An author bio sentence: "Ann Lee is a Toronto-based reporter covering …". */
const BIO = new RegExp(
  `(?:^|[.!?]["”’]?\\s+)([\\p{Lu}][\\p{L}.'’-]{0,30}(?:\\s+[\\p{Lu}][\\p{L}.'’-]{0,30}){0,3}\\s+(?:is|was)\\s+(?:a|an|the)\\s[^.!?]{0,120}?\\b${BIO_ROLE_PATTERN})`,
  'u',
);
/** Contact lines that close a page, inside the last paragraph: "Email: …", "Follow her on Twitter …". */
const CONTACT = /(?:^|[.!?]["”’]?\s+)((?:E-?mail|Contact)\s*:|Follow\s+(?:[\p{L}.'’-]+\s+){1,3}on\s+Twitter\b)/u;

/** Words of a line: white-space separated pieces that hold a letter or a digit. */
const wordsOf = (line: string): string[] => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Whether a line ends like a sentence (after any closing quote marks or brackets). */
function endsLikeSentence(line: string): boolean {
  const bare = line.replace(/["“”‘’'«»)\]\s]+$/u, '');
  return /[.!?…;,]$/.test(bare);
}

/** Whether a line is in title case: it opens with a capital, and every lowercase word is a small function word. */
export function isTitleCase(line: string): boolean {
  const words = wordsOf(line).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''));
  if (words.length < 2 || !/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  let capitals = 0;
  for (const word of words) {
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitals++;
    else if (!HEADLINE_SMALL_WORDS.has(word.toLowerCase())) return false;
  }
  return capitals >= 2 && capitals * 3 >= words.length * 2;
}

/** A line of the text, trimmed, with where it stands in its paragraph. */
interface Line {
  start: number;
  end: number;
  paragraph: number;
  first: boolean;
  alone: boolean;
}

function linesOf(text: string, paragraphs: Paragraph[]): Line[] {
  const lines: Line[] = [];
  for (const paragraph of paragraphs) {
    const first = lines.length;
    let from = paragraph.start;
    while (from < paragraph.end) {
      let to = text.indexOf('\n', from);
      if (to < 0 || to > paragraph.end) to = paragraph.end;
      let start = from;
      let end = to;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start)
        lines.push({ start, end, paragraph: paragraph.index, first: lines.length === first, alone: false });
      from = to + 1;
    }
    // Pushed one by one: a paragraph of a million lines must not spread into one call's arguments.
    if (lines.length === first + 1) lines[first].alone = true;
  }
  return lines;
}

/** What a whole line is, or null when it is running text (or only begins with a dateline). */
function wholeLineKind(
  line: string,
  where: Line,
  isLastParagraph: boolean,
  beforeBody: boolean,
  inTail: boolean,
): ZoneKind | null {
  if (line.length > MAX_FURNITURE_CHARS) return null;
  const head = line.slice(0, MAX_LABEL_CHARS);
  if (CREDIT.test(head) || INLINE_CREDIT.test(line)) return 'credit';
  if (TEASER.test(head) || ALSO_ON.test(line)) return 'teaser';
  if (FOOTER.test(head) || FOLLOW.test(head)) {
    // "Sources: …" opens many a headline ("Sources: Deal Is Near"): a footer only alone or at the page's end.
    const sourcesLabel = /^sources?\b/i.test(head);
    if (!sourcesLabel || inTail || wordsOf(line).length === 1) return 'footer';
  }
  const caps = CAPS_LABEL.exec(head);
  if (caps && !/\p{Ll}/u.test(caps[1]) && (caps[2] === '' || !endsLikeSentence(line))) return 'teaser';
  if (DATE_LINE.test(head)) return 'dateline';
  const words = wordsOf(line).length;
  if (words <= MAX_BYLINE_WORDS && BYLINE.test(line)) return 'byline';
  if (beforeBody && where.alone && words <= 8 && NAME_ROLE.test(line) && !endsLikeSentence(line)) return 'byline';
  if (isLastParagraph && where.alone && words <= MAX_KICKER_WORDS && /:$/.test(line)) return 'teaser';
  // In the article's body, a one- or two-word label and a headline on a line of their own point to another story
  // ("Earlier: Parker pushed Liberals to change the law"); at the top, "Poll: Voters Abandon …" is the headline.
  if (!beforeBody && where.alone && words <= MAX_HEADLINE_WORDS && KICKER_LABEL.test(line) && !endsLikeSentence(line))
    return 'teaser';
  if (words === 0 || words > MAX_HEADLINE_WORDS || /[:,]$/.test(line)) return null;
  const title = isTitleCase(line);
  if (where.alone && (!endsLikeSentence(line) || (title && beforeBody))) return 'headline';
  // The first line of a longer paragraph: a title-case heading set on its own line ("Edmonton\nPolice said …").
  if (where.first && !where.alone && title && !endsLikeSentence(line)) return 'headline';
  return null;
}

/** The agency a byline's rest or a dateline's parenthesis names, if it names one. */
function agencyOf(words: string | undefined): string | undefined {
  const trimmed = words?.trim();
  return trimmed && AGENCY_WORDS.test(trimmed) ? trimmed : undefined;
}

/** Find the page structure of a document. */
export function detectZones(text: string, paragraphs: Paragraph[]): PageStructure {
  const zones: Zone[] = [];
  let dateline: Dateline | undefined;
  let byline: Byline | undefined;
  const add = (kind: ZoneKind, start: number, end: number) =>
    zones.push({ kind, text: text.slice(start, end), start, end });
  const lines = linesOf(text, paragraphs);
  const lastParagraph = paragraphs.length - 1;
  // Lines before the first line of running text: where headlines, bylines and datelines stand.
  let beforeBody = true;
  let bodyParagraphs = 0;
  for (const where of lines) {
    const line = text.slice(where.start, where.end);
    const inTail = where.paragraph >= paragraphs.length - TAIL_PARAGRAPHS;
    // An author bio or a contact line closes the page, often inside the last paragraph of running text.
    if (inTail && tailZone(text, where, add)) {
      if (where.first) bodyParagraphs++;
      beforeBody = false;
      continue;
    }
    const kind = wholeLineKind(line, where, where.paragraph === lastParagraph, beforeBody, inTail);
    if (kind) {
      add(kind, where.start, where.end);
      if (kind === 'byline' && !byline) byline = bylineOf(line, where.start);
      if (kind === 'dateline' && !dateline) dateline = { text: line, start: where.start, end: where.end };
      continue;
    }
    // A wire dateline opens one of the article's first paragraphs of running text (after a headline the
    // pattern missed, "Stein removed from debate site.", it opens the second).
    if (where.first && bodyParagraphs < DATELINE_PARAGRAPHS) {
      const wire = WIRE_DATELINE.exec(line.slice(0, MAX_LABEL_CHARS));
      if (wire) {
        const end = where.start + wire[0].trimEnd().length;
        add('dateline', where.start, end);
        // A wire dateline names the place and the agency: it is the document's dateline over a date line.
        if (!dateline?.place) {
          dateline = { text: text.slice(where.start, end), start: where.start, end, place: wire[1] ?? wire[3] };
          const agency = wire[2] ?? wire[4];
          if (agency) dateline.agency = agency.trim();
        }
      }
    }
    if (where.first) bodyParagraphs++;
    beforeBody = false;
  }
  zones.sort((a, b) => a.start - b.start);
  return { zones, ...(dateline ? { dateline } : {}), ...(byline ? { byline } : {}) };
}

/** A byline's record: the names after "By", and the agency when the byline names one. */
function bylineOf(line: string, start: number): Byline {
  const byline: Byline = { text: line, start, end: start + line.length };
  const by = BYLINE.exec(line);
  const nameRole = by ? null : NAME_ROLE.exec(line);
  const name = by?.[1] ?? nameRole?.[1];
  const agency = agencyOf(by?.[2] ?? nameRole?.[2]) ?? (name && AGENCY_WORDS.test(name) ? name : undefined);
  if (name && name !== agency) byline.name = name;
  if (agency) byline.agency = agency;
  return byline;
}

/**
 * An author bio or a contact footer in a line at the page's end, from its sentence to the line's end; whether
 * there was one.
 */
function tailZone(text: string, where: Line, add: (kind: ZoneKind, start: number, end: number) => void): boolean {
  // Only the line's last MAX_TAIL_CHARS characters are read: a bio is short, and a long line costs no more.
  const from = Math.max(where.start, where.end - MAX_TAIL_CHARS);
  const line = text.slice(from, where.end);
  const bio = BIO.exec(line);
  const contact = CONTACT.exec(line);
  const bioStart = bio ? bio.index + bio[0].length - bio[1].length : Infinity;
  const contactStart = contact ? contact.index + contact[0].length - contact[1].length : Infinity;
  // A match at the start of a cut line is no sentence start.
  const start = Math.min(bioStart, contactStart);
  if (start === Infinity || (start === 0 && from > where.start)) return false;
  add(bioStart <= contactStart ? 'bio' : 'footer', from + start, where.end);
  return true;
}

/** The zone holding an offset, if any (zones sorted and not overlapping). */
export function zoneAt(zones: readonly Zone[], offset: number): Zone | undefined {
  return containing(zones, offset);
}

/** Whether a zone keeps the article's claims out: every kind but a headline, which may be an attribution itself. */
export const isFurniture = (zone: Zone | undefined): boolean => zone !== undefined && zone.kind !== 'headline';
