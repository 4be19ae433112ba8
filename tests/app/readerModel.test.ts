import { describe, expect, it } from 'vitest';
import { wordingOf } from '../../src/features/compare/wording';
import { adjacentEvent, initialFocus, initialTab, readerModel, StoryIndex, stepCursor, type ReaderLocal, type ReaderView } from '../../src/app/readerModel';
import type { Digest } from '../../src/shared/digest/schema';
import type { Mark, MarkAttribute } from '../../src/shared/lib/marks';
import { fixture } from './helpers';

const digest = () => fixture() as unknown as Digest;
const view = (v: Partial<ReaderView> = {}): ReaderView => ({ order: [], hidden: [], entity: null, only: false, event: null, q: '', sent: null, diff: null, speaker: null, types: [], ...v });
const local = (l: Partial<ReaderLocal> = {}): ReaderLocal => ({ hits: [], mentionCursor: -1, hitCursor: -1, wordingOf: null, ...l });
const model = (v: Partial<ReaderView> = {}, l: Partial<ReaderLocal> = {}, story = new StoryIndex(digest(), 'Unknown outlet')) => readerModel(story, view(v), local(l));

/** The spans of an article's marks that carry `attr` (with `value`, when given). */
const marked = (marks: readonly Mark[], attr: MarkAttribute, value = 'true') => marks.filter((m) => m.attrs[attr] === value).map((m) => [m.start, m.end]);

describe('reader model: columns', () => {
  it('shows every article in story order with nothing chosen, and no marks beyond sentences and entities', () => {
    const m = model();
    expect(m.visible.map((a) => a.id)).toEqual(['tempo', 'tirto', 'anon']);
    expect([m.entity, m.event, m.sentence, m.passage, m.difference, m.wording, m.filter, m.counts]).toEqual([null, null, null, null, null, null, null, undefined]);
    const tempo = m.marksFor('tempo');
    expect(marked(tempo, 'data-active')).toEqual([]);
    expect(marked(tempo, 'data-selected')).toEqual([]);
    expect(tempo.filter((x) => x.attrs['data-sentence']).length).toBe(4);
  });

  it('leaves out the outlets the filter hides, and follows the reader’s order', () => {
    const m = model({ hidden: ['tirto'], order: ['anon', 'tempo', 'tirto'] });
    expect(m.ordered.map((a) => a.id)).toEqual(['anon', 'tempo', 'tirto']);
    expect(m.visible.map((a) => a.id)).toEqual(['anon', 'tempo']);
  });

  it('gives the same column arrays back for the same order and filter, so columns need not render again', () => {
    const story = new StoryIndex(digest(), 'Unknown outlet');
    const a = model({ hidden: ['anon'] }, {}, story);
    const b = model({ hidden: ['anon'], q: 'Kim' }, {}, story);
    expect(b.visible).toBe(a.visible);
    expect(model({ hidden: [] }, {}, story).visible).not.toBe(a.visible);
  });

  it('names an article without an outlet by the given label', () => {
    const m = model();
    expect(m.visible.map((a) => m.story.label(a))).toEqual(['Tempo', 'Tirto', 'Unknown outlet']);
  });
});

describe('reader model: the chosen entity', () => {
  it('marks its mentions active and the others dimmed, counts them per outlet, and follows the cursor', () => {
    const m = model({ entity: 'per-putin' }, { mentionCursor: 1 });
    expect(m.entity?.name).toBe('Vladimir Putin');
    expect(m.mentions.map((x) => `${x.articleId}:${x.start}`)).toEqual(['tempo:223', 'tirto:26', 'tirto:320', 'anon:9', 'anon:137']);
    expect(m.currentMention).toEqual({ articleId: 'tirto', start: 26, end: m.mentions[1]!.end });
    expect(m.mentionOutlets).toBe(3);
    expect(m.counts).toEqual({ tempo: 1, tirto: 2, anon: 2 });
    const tirto = m.marksFor('tirto');
    expect(marked(tirto, 'data-active').map(([s]) => s)).toEqual([26, 320]);
    expect(marked(tirto, 'data-current').map(([s]) => s)).toEqual([26]);
    expect(marked(tirto, 'data-dimmed').length).toBeGreaterThan(0);
  });

  it('gives the same mentions and counts back while the entity and the columns stay (the outlet rows need not render again)', () => {
    const story = new StoryIndex(digest(), 'Unknown outlet');
    const a = model({ entity: 'per-putin' }, {}, story);
    const b = model({ entity: 'per-putin', sent: 'tempo:0' }, { mentionCursor: 2 }, story);
    expect(b.mentions).toBe(a.mentions);
    expect(b.counts).toBe(a.counts);
    const other = model({ entity: 'per-trump' }, {}, story);
    expect(other.counts).not.toBe(a.counts);
    expect(other.mentions.length).toBeLessThan(a.mentions.length);
    const hidden = model({ entity: 'per-trump', hidden: ['anon'] }, {}, story);
    expect(hidden.mentions).not.toBe(other.mentions);
    // the counts are over every outlet, hidden or not: a hidden one changes none of them
    expect(hidden.counts).toBe(other.counts);
    expect(model({ entity: 'per-trump', order: ['anon', 'tempo', 'tirto'] }, {}, story).counts).not.toBe(other.counts);
  });

  it('counts only the visible columns’ mentions', () => {
    const m = model({ entity: 'per-putin', hidden: ['tirto'] });
    expect(m.mentions.map((x) => x.articleId)).toEqual(['tempo', 'anon', 'anon']);
    expect(m.mentionOutlets).toBe(2);
  });

  it('"only mentions" filters each column to its mentions; without an entity it filters nothing', () => {
    const m = model({ entity: 'per-trump', only: true });
    expect(Object.fromEntries(Object.entries(m.filter!).map(([id, spans]) => [id, spans.length]))).toEqual({ tempo: 0, tirto: 0, anon: 1 });
    expect(model({ only: true }).filter).toBeNull();
  });

  it('an unknown entity id in the address chooses nothing', () => {
    const m = model({ entity: 'per-nobody' });
    expect([m.entity, m.mentions]).toEqual([null, []]);
    expect(marked(m.marksFor('tempo'), 'data-dimmed')).toEqual([]);
  });

  it('a hidden entity type stays marked for the chosen entity only', () => {
    const m = model({ types: ['PER'], entity: 'per-kim' });
    const tempo = m.marksFor('tempo');
    expect(tempo.filter((x) => x.attrs['data-entity'] === 'PER').map((x) => x.attrs['data-entity-id'])).toEqual(['per-kim', 'per-kim']);
  });
});

describe('reader model: event, sentence, disagreement, speaker', () => {
  it('marks a chosen event’s sentences in each column that reports it', () => {
    const m = model({ event: 'ev-arrive' });
    expect(m.event?.label).toBe('Kim tiba di Vladivostok');
    expect(marked(m.marksFor('tempo'), 'data-event')).toEqual([[365, 447]]);
    expect(marked(m.marksFor('tirto'), 'data-event')).toEqual([[143, 243]]);
    expect(marked(m.marksFor('anon'), 'data-event')).toEqual([]);
  });

  it('finds the chosen sentence’s passage and marks it as shared in every column, the sentence itself as selected', () => {
    const m = model({ sent: 'tirto:143' });
    expect(m.sentence).toEqual({ articleId: 'tirto', start: 143 });
    expect(m.passage?.mentions.map((x) => x.articleId)).toEqual(['tempo', 'tirto']);
    expect(marked(m.marksFor('tirto'), 'data-selected')).toEqual([[143, 243]]);
    expect(marked(m.marksFor('tempo'), 'data-shared')).toEqual([[365, 447]]);
    expect(marked(m.marksFor('anon'), 'data-shared')).toEqual([]);
  });

  it('a sentence no passage holds has no passage and marks nothing shared', () => {
    const m = model({ sent: 'tempo:448' });
    expect(m.passage).toBeNull();
    expect(marked(m.marksFor('tempo'), 'data-selected')).toEqual([[448, 514]]);
    expect(marked(m.marksFor('tirto'), 'data-shared')).toEqual([]);
  });

  it('gives the compare summary the outlets that tell the chosen sentence and those that do not, once the wording has loaded', () => {
    expect(model({ sent: 'tirto:0' }).wording).toBeNull();
    const w = model({ sent: 'tirto:0' }, { wordingOf }).wording!;
    expect(w.reporting).toEqual(['Tirto', 'Tempo', 'Unknown outlet']);
    expect(w.silent).toEqual([]);
    const lone = model({ sent: 'tirto:143' }, { wordingOf }).wording!;
    expect([lone.reporting, lone.silent]).toEqual([['Tirto', 'Tempo'], ['Unknown outlet']]);
    expect(lone.others.map((o) => [o.name, o.matches.map((x) => x.start)])).toEqual([['Tempo', [365]]]);
  });

  it('passes the indexed passage to the wording, and a hidden outlet still counts as one that does not report it', () => {
    const seen: unknown[] = [];
    const m = model({ sent: 'tirto:143', hidden: ['anon'] }, { wordingOf: (articles, passage, chosen, label) => (seen.push(passage), wordingOf(articles, passage, chosen, label)) });
    expect(seen).toEqual([m.passage]);
    expect(m.wording?.silent).toEqual(['Unknown outlet']);
  });

  it('marks a chosen disagreement’s spans and a chosen speaker’s statements', () => {
    const d = model({ diff: 'd-kim' });
    expect(d.difference?.kind).toBe('name-spelling');
    expect(marked(d.marksFor('tirto'), 'data-difference')).toEqual([
      [78, 89],
      [143, 154],
    ]);
    const s = model({ speaker: 'org-kremlin' });
    expect(s.spoken.map((q) => q.id)).toEqual(['q-kremlin']);
    expect(marked(s.marksFor('anon'), 'data-quote')).toEqual([[137, 206]]);
    expect(model({ speaker: 'said:nobody' }).spoken).toEqual([]);
  });
});

describe('reader model: search', () => {
  const hits = [
    { articleId: 'tempo', start: 267, end: 270 },
    { articleId: 'tirto', start: 78, end: 81 },
  ];

  it('counts hits per outlet (over the entity’s mentions) and marks the current one', () => {
    const m = model({ q: 'Kim', entity: 'per-putin' }, { hits, hitCursor: 1 });
    expect(m.searching).toBe(true);
    expect(m.counts).toEqual({ tempo: 1, tirto: 1, anon: 0 });
    expect(m.currentHit).toEqual(hits[1]);
    expect(marked(m.marksFor('tirto'), 'data-search')).toEqual([[78, 81]]);
    expect(marked(m.marksFor('tirto'), 'data-current')).toEqual([[78, 81]]);
  });

  it('a query of one letter is no search: no hits, no counts', () => {
    const m = model({ q: 'K ' }, { hits });
    expect([m.searching, m.hits, m.counts]).toEqual([false, [], undefined]);
  });
});

describe('reader model: where a link opens, and stepping', () => {
  it('opens on the tab and focus of the strongest choice in the address', () => {
    expect(initialTab(view({ entity: 'e', event: 'v' }))).toBe('timeline');
    expect(initialTab(view({ diff: 'd', speaker: 's' }))).toBe('differences');
    expect(initialTab(view())).toBe('outlets');
    expect(initialFocus(view({ sent: 's', entity: 'e' })).kind).toBe('sentence');
    expect(initialFocus(view({ q: 'x' }))).toEqual({ kind: 'search', n: 0 });
    expect(initialFocus(view()).kind).toBe('none');
  });

  it('steps a cursor from none to the first or last, then round', () => {
    expect([stepCursor(-1, 1, 3), stepCursor(-1, -1, 3), stepCursor(2, 1, 3), stepCursor(0, -1, 3), stepCursor(0, 1, 0)]).toEqual([0, 2, 0, 2, -1]);
  });

  it('steps through events in time order', () => {
    const events = new StoryIndex(digest(), '').events;
    expect(events.map((e) => e.id)).toEqual(['ev-hanoi', 'ev-arrive', 'ev-summit']);
    expect([adjacentEvent(events, null, 1), adjacentEvent(events, null, -1), adjacentEvent(events, 'ev-summit', 1), adjacentEvent(events, 'ev-arrive', -1), adjacentEvent([], null, 1)]).toEqual(['ev-hanoi', 'ev-summit', 'ev-hanoi', 'ev-hanoi', null]);
  });
});
