import entityTriggersJson from '../../../data/lexicon/entity-triggers.json';
import timeNumbersJson from '../../../data/lexicon/time-numbers.json';
import { commonWords, createStemmer } from '../language/id';
import { amountsIn } from '../events/discrepancies/money';
import { readNumber } from '../time/lexicon';
import type { Quote } from '../../shared/digest/schema';
import { lastStartingAtOrBefore } from '../events/within';
import { tokensIn } from '../tokens';
import type { ArticleDoc, StoryDoc } from '../types';
import { afterPassivePronoun, agentNoun, appointingVerbs, figureVerbs, namesHappening, opensPredicate, passesToDoing, qualifiesPlace, qualifiesTitle, roleMarkers, roleVerbs } from './predicates';
import { openingTimeClauseTokens, relativeClauseTokens } from './clauses';
import { agentHeads, agentMarkers, indefiniteOnes, pendingMarks, complementisers, isUnsaid, phrases, classifiers, deniedPassOver, negators, notActorAfter, obligingWords, passivePrefixes, predicateAdverbs, relativeMarkers, sameSense, selfPronouns, saidForms, saidWhenAffixed, timeOfHappening, unsaidWords } from './lexicon';

/**
 * What a sentence says, as features two outlets' wordings of one statement share: word roots
 * ("w:"), linked entities ("e:"), numbers ("n:", with what they count), calendar dates or durations ("t:") and
 * years ("y:"); titles ("h:") count as names.
 */
export interface SentenceFeatures {
  article: number;
  sentence: number;
  features: string[];
  /** The words ("w:" features) that name the happenings the sentence reports. */
  happenings: string[];
  /** The one who acts in the sentence's main happening, and the one acted on, as entity features. */
  agent?: string;
  patient?: string;
  /**
   * Features said only inside the sentence's relative clauses, when the sentence has a happening
   * of its own: background on a noun ("pelatih yang membawa tim juara itu"), which tells who is
   * meant, as a name does, not what the sentence states.
   */
  background?: string[];
  /** Speakers of a quote the sentence spans whom its own words do not name. */
  speakers?: string[];
  /** The sentence says what ought (not) to be done ("harus", "jangan"), outside its relative clauses. */
  obliges?: true;
}

/** Titles (presiden, gubernur, pelatih) name who, like the names they precede. */
const titles = new Set(entityTriggersJson.titles);

const DATE_VALUE = /^\d{4}-\d{2}-\d{2}|^PT?\d/;
const YEAR_OR_MONTH = /^(\d{4})(?:-\d{2})?$/;
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** Numbers written as words (tiga, sepuluh); "se-" is a prefix far more often than "one". */
const numberWords = new Set([...Object.keys(timeNumbersJson.digits), ...Object.keys(timeNumbersJson.whole)].filter((w) => w !== 'se'));

function numberFeature(text: string, kind: string): string | null {
  if (kind !== 'number' && !numberWords.has(text.toLowerCase())) return null;
  if (THOUSANDS.test(text)) return `n:${text.replace(/\./g, '')}`;
  const value = readNumber(text);
  return value === null ? null : `n:${value}`;
}

/**
 * What a figure counts, from the words after it ("1.250 rumah", "dua kali kalah" and "dua
 * kekalahan", "10 persen" = "10%"), or null when it stands alone ("skor 21-17"), goes on as a
 * number ("dua puluh") or a word that says nothing follows ("0-2 dari").
 */
function countedBy(tokens: readonly { text: string; kind: string }[], from: number, end: number, stem: (word: string) => string): string | null {
  const next = tokens[from];
  if (from >= end || !next) return null;
  if (next.text === '%') return 'persen';
  if (next.kind !== 'word') return null;
  const lower = next.text.toLowerCase();
  if (classifiers.has(lower)) return countedBy(tokens, from + 1, end, stem) ?? lower;
  if (numberWords.has(lower) || numberFeature(next.text, next.kind) || unsaidWords.has(lower)) return null;
  const root = sameSense.get(lower) ?? stem(lower);
  return unsaidWords.has(root) ? null : root;
}

const DASH_AFTER_OUTLET = /^(?:\s*,\s*\p{Lu}[\p{L} .]{0,36}?)?\s*(?:--|-|–|—)\s*/u;

/** End of the dateline ("Jakarta, CNN Indonesia --", "Bisnis.com, JAKARTA -") that opens the first sentence, or its start. */
function datelineEnd(doc: ArticleDoc): number {
  const first = doc.sentences[0];
  const evidence = doc.outlet?.evidence;
  if (!first || !evidence || evidence.start < first.start || evidence.end > first.end) return first?.start ?? 0;
  // the place may follow the outlet ("Bisnis.com, JAKARTA -", "TEMPO.CO, Jakarta -") as well as precede it
  const dash = DASH_AFTER_OUTLET.exec(doc.text.slice(evidence.end, evidence.end + 48));
  return evidence.end + (dash?.[0].length ?? 0);
}

/** "satu kesempatan", "satu waktu": "satu" before a noun of occasion is the indefinite "some", as "suatu" is. */
const indefiniteOne = (word: string, after: string | undefined) => indefiniteOnes.words.includes(word) && after !== undefined && indefiniteOnes.before.includes(after);

const CLOCK_DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/;

/**
 * One outlet's "sepekan" is another's "tujuh hari", one's "72 menit" another's "1 jam 12 menit":
 * weeks counted in days (P1W = P7D), hours and minutes in minutes (PT1H12M = PT72M), in seconds
 * when seconds are given.
 */
function sameDuration(value: string): string {
  const weeks = /^P(\d+)W$/.exec(value);
  if (weeks) return `P${Number(weeks[1]) * 7}D`;
  const clock = CLOCK_DURATION.exec(value);
  if (!clock || value === 'PT') return value;
  const [hours, minutes, seconds] = [clock[1], clock[2], clock[3]].map((x) => Number(x ?? 0));
  const inMinutes = hours! * 60 + minutes!;
  return clock[3] === undefined ? `PT${inMinutes}M` : `PT${inMinutes * 60 + seconds!}S`;
}

/** "pada", "sejak tahun", "awal" right before a bare year: the year is when the happening took place. */
const HAPPENED_IN = new RegExp(`(?:^|[^\\p{L}])(?:${timeOfHappening.join('|')})\\s+(?:tahun\\s+)?$`, 'iu');

/**
 * A day or a duration anchors ("t:"). A bare year or month anchors nothing, but when it is the
 * time of the happening ("pada 2013") it is kept ("y:") to tell a recalled happening from the
 * story's own; a year that names a thing ("tahun anggaran 2017", "Liga 1 2017") is a word of it.
 */
function dateFeature(value: string, before: string): string | null {
  if (DATE_VALUE.test(value)) return `t:${sameDuration(value).slice(0, 10)}`;
  const year = YEAR_OR_MONTH.exec(value);
  if (!year) return null;
  return HAPPENED_IN.test(before) ? `y:${year[1]}` : `w:${year[1]}`;
}

/** Characters of an article covered by a linked entity, an amount of money or a date, and what they stand for. */
function spanFeatures(doc: ArticleDoc): { start: number; end: number; feature: string | null; actor: boolean }[] {
  const outletName = doc.outlet?.name.toLowerCase();
  const spans = doc.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    feature: m.text.toLowerCase() === outletName ? null : `e:${m.entityId ?? m.text.toLowerCase()}`,
    // people and organisations act; places and other names do not
    actor: m.type === 'PER' || m.type === 'ORG',
  }));
  // "Rp 1,5 miliar", "Rp1,5 miliar" and "1,5 miliar rupiah" are one amount: one feature, in its unit
  for (const a of amountsIn(doc)) spans.push({ start: a.start, end: a.end, feature: `n:${a.unit}${a.amount}`, actor: false });
  for (const t of doc.timex) spans.push({ start: t.start, end: t.end, feature: dateFeature(t.value, doc.text.slice(Math.max(0, t.start - 24), t.start)), actor: false });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The speaker of every sentence a quote spans, by sentence: a retold quote names its speaker once
 * ("ujarnya"), or in other words than the first outlet.
 */
function speakersBySentence(quotes: readonly Quote[], doc: ArticleDoc): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const q of quotes) {
    if (!q.speaker?.entityId) continue;
    // the last sentence starting at or before the quote, then every one it reaches into
    for (let i = Math.max(0, lastStartingAtOrBefore(doc.sentences, q.statement.start)); i < doc.sentences.length && doc.sentences[i]!.start < q.statement.end; i++) {
      if (doc.sentences[i]!.end <= q.statement.start) continue;
      (out.get(i) ?? out.set(i, []).get(i)!).push(`e:${q.speaker.entityId}`);
    }
  }
  return out;
}

/**
 * The attribution of a quote ("..., ujar Juru Bicara Polda Budi kepada wartawan, Senin (4/3)")
 * says who said it, to whom and when, not what: the speaker counts (as an entity of every
 * sentence the quote spans), the rest of it does not, or two quotes of one spokesman on one day
 * would be one statement whatever they say.
 */
function attributionsOf(quotes: readonly Quote[], doc: ArticleDoc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const q of quotes) {
    if (!q.content) continue;
    if (q.statement.start < q.content.start) out.push(...withoutRelativeClauses(doc, q.statement.start, q.content.start));
    // after a direct quote the rest of its sentence is attribution ("..., ujar Budi kepada wartawan, Senin (4/3)")
    const closing = q.direct ? doc.sentences[Math.max(0, lastStartingAtOrBefore(doc.sentences, q.content.end - 1))] : undefined;
    const end = Math.max(q.statement.end, closing?.end ?? 0);
    if (q.content.end < end) out.push({ start: q.content.end, end });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * An attribution less the relative clauses set off by commas inside it: "Kim, yang tiba di
 * Vladivostok pada Rabu, mengatakan ..." says who spoke and also that Kim arrived; the arrival is
 * a statement of the sentence like any other.
 */
function withoutRelativeClauses(doc: ArticleDoc, start: number, end: number): { start: number; end: number }[] {
  const tokens = tokensIn(doc.tokens, start, end);
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== ',' || !relativeMarkers.has(tokens[i + 1]!.text.toLowerCase())) continue;
    const close = tokens.findIndex((t, k) => k > i + 1 && t.text === ',');
    if (close < 0) break;
    out.push({ start: from, end: tokens[i + 1]!.start });
    from = tokens[close]!.start;
    i = close - 1;
  }
  out.push({ start: from, end });
  return out.filter((part) => part.start < part.end);
}

function storyVocabulary(story: StoryDoc): Set<string> {
  const known = new Set(commonWords);
  for (const doc of story.articles) for (const t of doc.tokens) if (t.kind === 'word') known.add(t.text.toLowerCase());
  return known;
}

/**
 * "tidak", "belum", "bukan" deny the predicate they precede, not the sentence: "tidak hadir" and
 * "hadir" are opposite claims, while two outlets' "tidak hadir" are one. Adverbs and auxiliaries
 * may stand between ("tidak lagi melatih", "belum juga hadir"), so the denial falls on the first
 * word that says something, within the clause.
 */

const CAPITALISED = /^\p{Lu}/u;
/** Marks that set off an apposition on the subject ("Budi, pelatih tim, ...", "Halimah (63) ..."). */
const TIME_FEATURE = /^[ty]:/;
const APPOSITION_MARKS: ReadonlySet<string> = new Set([',', '(', ')']);
const TITLE_RUN = 5;

/**
 * Tokens of a title and the capitalised words that complete it before a name ("Wali Kota Bogor
 * Arya", "Kepala Dinas Perhubungan Budi", "Presiden Singapura"), or of a title in apposition
 * after a person ("Budi, Kepala Dinas"): they say who, not what. A title that leads to no name
 * is a role said of someone ("ditetapkan sebagai tersangka", "pelatih yang membawa tim juara"):
 * what the sentence says, a word like any other.
 */
function titleTokens(doc: ArticleDoc): Set<number> {
  const { tokens } = doc;
  // tokens a name begins with, and tokens a person's name ends with (not a name ending inside a token, "Kim" of "Kim-Putin")
  const nameFirst = new Set(doc.mentions.filter((m) => tokens[m.tokenStart]?.start === m.start).map((m) => m.tokenStart));
  const personLast = new Set(doc.mentions.filter((m) => m.type === 'PER' && tokens[m.tokenEnd - 1]?.end === m.end).map((m) => m.tokenEnd - 1));
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!titles.has(t.text.toLowerCase())) return;
    const comma = tokens[i - 1]?.text === ',';
    if (personLast.has(i - 1) || (comma && personLast.has(i - 2))) out.add(i);
    const run: number[] = [];
    for (let j = i + 1; j < tokens.length && j <= i + TITLE_RUN; j++) {
      const next = tokens[j]!;
      if (nameFirst.has(j)) {
        out.add(i);
        run.forEach((k) => out.add(k));
        return;
      }
      if (next.kind !== 'word' || !CAPITALISED.test(next.text)) return;
      run.push(j);
    }
  });
  return out;
}

/**
 * A set phrase ("meletakkan jabatan") stands for its meaning ("mundur jabatan"): its first word's
 * feature, happening and denial pass to the meaning's first root.
 */
function tellPhrase(features: Set<string>, happenings: Set<string>, first: string, meant: readonly string[]): void {
  const head = `w:${meant[0]!}`;
  features.delete(first);
  if (happenings.delete(first)) happenings.add(head);
  if (features.delete(`w:!${first.slice(2)}`)) features.add(`w:!${meant[0]!}`);
  for (const m of meant) features.add(`w:${m}`);
}

/** The word right after token i within the sentence, with its root, or undefined at punctuation or its end. */
function nextWord(doc: ArticleDoc, i: number, end: number, stem: (word: string) => string): { lower: string; root: string } | undefined {
  const next = i + 1 < end ? doc.tokens[i + 1] : undefined;
  if (next?.kind !== 'word') return undefined;
  const lower = next.text.toLowerCase();
  return { lower, root: stem(lower) };
}

/** The word right before token i within the sentence (lower case), or undefined after punctuation or at its start. */
function wordBefore(doc: ArticleDoc, i: number, start: number): string | undefined {
  const t = i > start ? doc.tokens[i - 1] : undefined;
  return t?.kind === 'word' ? t.text.toLowerCase() : undefined;
}

/** The word right after token i within the sentence (lower case), or undefined. */
function wordAfter(doc: ArticleDoc, i: number, end: number): string | undefined {
  const t = i + 1 < end ? doc.tokens[i + 1] : undefined;
  return t?.kind === 'word' ? t.text.toLowerCase() : undefined;
}

/**
 * Whether the relative clause opening at token i is said of a person by the role noun before it
 * ("pelatih yang membawa tim juara", "juru taktik yang ..."): an epithet that tells who is meant.
 * After another noun the clause may carry what the sentence states ("pembicaraan yang memecah
 * kebuntuan").
 */
function describesPerson(doc: ArticleDoc, i: number, start: number): boolean {
  const before = wordBefore(doc, i, start);
  if (before === undefined) return false;
  if (titles.has(before)) return true;
  const twoBefore = wordBefore(doc, i - 1, start);
  return twoBefore !== undefined && titles.has(twoBefore);
}

const featuresRead = new WeakMap<readonly ArticleDoc[], { quotes: StoryDoc['quotes']; features: readonly SentenceFeatures[] }>();

/**
 * The features of every sentence of the story, article by article, read once for its articles
 * and quotes: the events stage (who acts) and the passages stage both ask, and the story stages
 * between them change neither.
 */
export function sentenceFeatures(story: StoryDoc): readonly SentenceFeatures[] {
  const known = featuresRead.get(story.articles);
  if (known && known.quotes === story.quotes) return known.features;
  const features = readSentenceFeatures(story);
  featuresRead.set(story.articles, { quotes: story.quotes, features });
  return features;
}

/**
 * The features as the one string of each spelling met before: each "w:" + root is built anew per
 * word, and a story's features live through two stages, hundreds of thousands of them repeating
 * a few thousand spellings.
 */
function shareStrings(features: string[], spelled: Map<string, string>): string[] {
  for (let k = 0; k < features.length; k++) {
    const f = features[k]!;
    const known = spelled.get(f);
    if (known === undefined) spelled.set(f, f);
    else features[k] = known;
  }
  return features;
}

function readSentenceFeatures(story: StoryDoc): SentenceFeatures[] {
  const stem = createStemmer(storyVocabulary(story));
  const out: SentenceFeatures[] = [];
  const spelled = new Map<string, string>();
  // each article's quotes, gathered once: looking them up per article would grow with the square of the story
  const quotesOf = new Map<string, Quote[]>();
  for (const q of story.quotes) (quotesOf.get(q.articleId) ?? quotesOf.set(q.articleId, []).get(q.articleId)!).push(q);
  story.articles.forEach((doc, article) => {
    const spans = spanFeatures(doc);
    const skipBefore = datelineEnd(doc);
    const titled = titleTokens(doc);
    const quotes = quotesOf.get(doc.id) ?? [];
    const speakers = speakersBySentence(quotes, doc);
    const attributions = attributionsOf(quotes, doc);
    let a = 0;
    let k = 0;
    const unsaid = [...doc.headings, ...doc.boilerplate];
    doc.sentences.forEach((s, sentence) => {
      // what the statement says, and what its relative clauses recall of a noun
      const ownFeatures = new Set<string>();
      const relativeFeatures = new Set<string>();
      let features = ownFeatures;
      let onPerson = false;
      // the happenings the statement reports, and those its relative clauses recall of a noun
      const ownHappenings = new Set<string>();
      const backgroundHappenings = new Set<string>();
      let happenings = ownHappenings;
      const relative = relativeClauseTokens(doc, s.tokenStart, s.tokenEnd);
      const openingTime = openingTimeClauseTokens(doc, s.tokenStart, s.tokenEnd);
      // who acts: the last person or organisation of the clause before the main verb, or after a passive one
      const roles: { agent?: string; patient?: string } = {};
      let lastActor: string | null = null;
      let awaitingAgent: 'next' | 'oleh' | null = null;
      let mainVerbSeen = false;
      let passiveClause = false;
      let actorSpan: { start: number; barred: boolean } | undefined;
      // "Pelatih tim, Budi Santoso, memimpin ...": the subject held across the commas of an apposition
      let heldActor: string | null = null;
      // whether only adverbs, modals and negators came since the last punctuation ("Budi, ..., bahkan sudah mundur")
      let onlyAdverbsSincePunct = true;
      // "Andi menyatakan akan mundur": the speaker of an attribution acts in what is said if that opens with its predicate
      let speakerPending = false;
      // headings and boilerplate (share prompts, related links) are the same everywhere and say nothing
      if (unsaid.some((u) => u.start < s.end && s.start < u.end)) {
        out.push({ article, sentence, features: [], happenings: [] });
        return;
      }
      let denying = false;
      let obliges = false;
      let deniedObjectAt = -1;
      // "terpilih sebagai presiden": the role is the happening, not the verb before it
      let lastHappening: string | null = null;
      let roleNext = false;
      // the root of the last word that said something in this clause, for set phrases
      let lastRoot: string | null = null;
      // "adalah 10 persen", "ditetapkan 10%": the figure right after a copula or a verb of setting is stated
      let figureNext = false;
      const content = (feature: string, happening: boolean) => {
        if (roleNext) happenings.add(feature);
        else if (happening) happenings.add(feature);
        // "menetapkan Gubernur Jambi Zumi sebagai tersangka": a title before the object's name keeps the verb waiting for its role
        if (!(feature.startsWith('h:') && !roleNext)) lastHappening = happening && !roleNext ? feature : null;
        roleNext = false;
      };
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = doc.tokens[i]!;
        const word = t.text.toLowerCase();
        const figureStated = figureNext;
        figureNext = t.kind === 'word' && figureVerbs.has(word);
        if (obligingWords.has(word) && !relative.has(i)) obliges = true;
        happenings = relative.has(i) || openingTime.has(i) ? backgroundHappenings : ownHappenings;
        if (relative.has(i) && !relative.has(i - 1)) onPerson = describesPerson(doc, i, s.tokenStart);
        features = relative.has(i) && onPerson ? relativeFeatures : ownFeatures;
        const predicateOpensHere = onlyAdverbsSincePunct;
        onlyAdverbsSincePunct = t.kind === 'punct' || (onlyAdverbsSincePunct && (predicateAdverbs.has(word) || negators.has(word)));
        if (t.kind === 'punct') {
          // a comma or a bracket before the main verb may close an apposition on the subject; other marks end the clause
          heldActor = mainVerbSeen ? null : APPOSITION_MARKS.has(t.text) ? (lastActor ?? heldActor) : null;
          lastActor = null;
          awaitingAgent = null;
          passiveClause = false;
        } else if (passiveClause && agentMarkers.has(word)) awaitingAgent = 'oleh';
        const role = t.kind === 'word' && (roleVerbs.has(word) || (lastHappening !== null && appointingVerbs.has(lastHappening) && roleMarkers.has(word)) || passesToDoing(word, () => nextWord(doc, i, s.tokenEnd, stem)));
        if (role) {
          if (lastHappening) happenings.delete(lastHappening);
          lastHappening = null;
          roleNext = true;
          continue;
        }
        if (t.kind === 'punct') {
          roleNext = false;
          lastRoot = null;
        }
        if (t.kind === 'word' && negators.has(word)) {
          denying = true;
          // "belum memutuskan" is "masih menunggu keputusan": what has not yet happened is awaited
          if (!relative.has(i) && t.start >= skipBefore) for (const awaited of pendingMarks.get(word) ?? []) features.add(`w:${awaited}`);
          continue;
        }
        if (t.kind === 'punct') denying = false;
        if (t.start < skipBefore || t.kind === 'punct') continue;
        while (a < attributions.length && attributions[a]!.end <= t.start) a++;
        while (k < spans.length && spans[k]!.end <= t.start) k++;
        let span: (typeof spans)[number] | undefined;
        for (let j = k; j < spans.length && spans[j]!.start <= t.start && !span; j++) if (t.end <= spans[j]!.end) span = spans[j];
        const noteActor = (feature: string) => {
          if (actorSpan?.start !== span!.start) actorSpan = { start: span!.start, barred: i > s.tokenStart && notActorAfter.has(doc.tokens[i - 1]!.text.toLowerCase()) };
          if (awaitingAgent) {
            roles.agent ??= feature;
            awaitingAgent = null;
          } else if (!actorSpan.barred) lastActor = feature;
        };
        if (a < attributions.length && attributions[a]!.start <= t.start) {
          // an attribution says nothing the statement shares, but its speaker may be the subject of what is said
          if (span?.feature && span.actor && !relative.has(i)) noteActor(span.feature);
          else if (complementisers.has(word)) lastActor = null;
          speakerPending = true;
          continue;
        }
        if (speakerPending && !predicateAdverbs.has(word) && !selfPronouns.has(word)) {
          speakerPending = false;
          // what is said has a subject of its own ("menilai hakim itu lalai"): the speaker does not act in it
          if (!span?.actor && !(t.kind === 'word' && opensPredicate(word, stem(word)))) lastActor = null;
        }
        if (span) {
          if (span.feature && span.actor && !relative.has(i)) noteActor(span.feature);
          if (span.feature) {
            features.add(span.feature);
            if (figureStated && span.feature.startsWith('n:')) happenings.add(span.feature);
            // a role is named by a word, a name or a figure ("naik menjadi Rp9.500"), never by a date
            if (roleNext && !TIME_FEATURE.test(span.feature)) content(span.feature, false);
            else roleNext = false;
          }
          denying = false;
          continue;
        }
        // "ditangkap polisi": only the name right after a passive verb (a title or "petugas" before it included) or after "oleh" is its agent
        if (awaitingAgent === 'next' && !titled.has(i) && !agentHeads.has(word)) awaitingAgent = null;
        // "dalam satu kesempatan" is "on some occasion": an indefinite one, no count of anything
        const n = indefiniteOne(word, wordAfter(doc, i, s.tokenEnd)) ? null : numberFeature(t.text, t.kind);
        if (n) {
          const counted = countedBy(doc.tokens, i + 1, s.tokenEnd, stem);
          // "tiga lokasi" and "tiga warga" share a figure, not a fact: a figure is the count of one thing
          const figure = counted ? `${n} ${counted}` : n;
          features.add(figure);
          if (figureStated) happenings.add(figure);
          denying = false;
        }
        else if (t.kind === 'word') {
          const lower = word;
          if (isUnsaid(lower)) {
            if (!deniedPassOver.has(lower)) denying = false;
            continue;
          }
          // "presiden terpilih": the participle says which president, as the title does, and no happening
          if (qualifiesTitle(lower, wordBefore(doc, i, s.tokenStart), wordAfter(doc, i, s.tokenEnd), (w) => titles.has(w))) continue;
          // a title is a word of its own ("direktur" is no di- form)
          const wordRoot = titles.has(lower) ? lower : stem(lower);
          // "penyidik" is who investigates, apart from "penyidikan" of the same root
          const stemmed = titles.has(lower) ? lower : (agentNoun(lower, wordRoot) ?? wordRoot);
          const root = sameSense.get(lower) ?? sameSense.get(stemmed) ?? stemmed;
          if (root.length < 3 || (unsaidWords.has(root) && !(root !== lower && (saidWhenAffixed.has(root) || saidForms.has(lower))))) {
            // "tidak mengetahui adanya X" denies the knowing, not X
            if (!deniedPassOver.has(lower)) denying = false;
            continue;
          }
          if (deniedPassOver.has(lower)) {
            features.add(`w:${root}`);
            continue;
          }
          const previous = lastRoot;
          const meant = titled.has(i) || !previous ? undefined : phrases.get(`${previous} ${root}`);
          lastRoot = titled.has(i) ? null : root;
          if (meant) {
            lastRoot = null;
            tellPhrase(features, happenings, `w:${previous}`, meant);
            // "ditetapkan sebagai tersangka": the phrase names the role, and the role is the happening
            if (roleNext) happenings.add(`w:${meant[0]!}`);
            roleNext = false;
            denying = false;
            continue;
          }
          // "lokasi pengungsian": a noun of doing after a place names where, as a name does, not what the sentence states
          const place = qualifiesPlace(lower, wordBefore(doc, i, s.tokenStart));
          // a denied word still says what the sentence is about; its denial is a feature of its own
          (place ? relativeFeatures : features).add(titled.has(i) ? `h:${root}` : `w:${root}`);
          // "sudah kami periksa": a passive whose agent is the pronoun before the verb
          const pronounPassive = !titled.has(i) && afterPassivePronoun(root, wordBefore(doc, i - 1, s.tokenStart), wordBefore(doc, i, s.tokenStart));
          const names = !titled.has(i) && ((namesHappening(lower, root) && !place) || pronounPassive);
          if (names && !relative.has(i) && !openingTime.has(i) && !mainVerbSeen) {
            mainVerbSeen = true;
            // the subject is the last name before the verb, or one set off by commas right before its adverbs
            const subject = lastActor ?? (predicateOpensHere && opensPredicate(lower, root) ? heldActor : null);
            if (pronounPassive) {
              if (lastActor) roles.patient = lastActor;
            } else if (passivePrefixes.some((p) => lower.startsWith(p))) {
              // the subject of a passive verb is the one acted on; the one who acts follows it
              if (subject) roles.patient = subject;
              awaitingAgent = 'next';
              passiveClause = true;
            } else if (subject) roles.agent = subject;
          }
          content(titled.has(i) ? `h:${root}` : `w:${root}`, names);
          if ((denying || deniedObjectAt === i) && !titled.has(i)) features.add(`w:!${root}`);
          // the word right after a denied verb is its object, inside the denial ("tidak hadir latihan")
          if (denying) deniedObjectAt = i + 1;
          denying = false;
        }
      }
      // a relative clause that holds the only happening is the statement itself ("yang menang adalah ...")
      const relativeIsStatement = !ownHappenings.size;
      if (relativeIsStatement) for (const h of backgroundHappenings) ownHappenings.add(h);
      const unnamed = [...new Set(speakers.get(sentence) ?? [])].filter((x) => !ownFeatures.has(x) && !relativeFeatures.has(x)).sort();
      for (const speaker of unnamed) ownFeatures.add(speaker);
      const background = relativeIsStatement ? [] : [...relativeFeatures].filter((f) => !ownFeatures.has(f)).sort();
      const all = shareStrings([...new Set([...ownFeatures, ...relativeFeatures])].sort(), spelled);
      out.push({ article, sentence, features: all, happenings: shareStrings([...ownHappenings].sort(), spelled), ...roles, ...(background.length ? { background } : {}), ...(unnamed.length ? { speakers: unnamed } : {}), ...(obliges ? { obliges } : {}) });
    });
  });
  return out;
}
