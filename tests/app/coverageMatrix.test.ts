import { describe, expect, it } from 'vitest';
import { wordingOf } from '../../src/features/compare/wording';
import { coverageMatrix } from '../../src/features/coverage/matrix';
import { provenanceLines } from '../../src/features/coverage/provenance';
import type { Article, Discrepancy, StoryEvent } from '../../src/shared/digest/schema';
import { translate } from '../../src/shared/i18n';

/** An article of the given sentences (one per line), its outlet and its dated words. */
function article(id: string, outlet: string | null, sentences: string[], timex: { text: string; value: string }[] = []): Article {
  const text = sentences.join('\n');
  let at = 0;
  const spans = sentences.map((s) => {
    const span = { start: at, end: at + s.length };
    at += s.length + 1;
    return span;
  });
  return {
    id, file: `${id}.txt`, title: null, author: null, url: null, language: 'id', text, bodyStart: 0,
    outlet: outlet ? { name: outlet, domain: null, evidence: null } : null, published: null, sources: [], boilerplate: [], headings: [],
    sentences: spans, mentions: [],
    timex: timex.map((x) => ({ type: 'DATE' as const, value: x.value, text: x.text, start: text.indexOf(x.text), end: text.indexOf(x.text) + x.text.length })),
    provenance: { credits: [], overlaps: [] },
  };
}
const sentenceOf = (a: Article, i: number) => ({ articleId: a.id, ...a.sentences[i]! });
const event = (id: string, date: string, mentions: { articleId: string; start: number; end: number }[], conflictingDates: string[] = []): StoryEvent => ({ id, label: `peristiwa ${id}`, date, precision: 'day', conflictingDates, mentions });
const label = (a: Article) => a.outlet?.name ?? `Tanpa nama ${a.id}`;

const kompas = article('k', 'Kompas', ['Jembatan gantung di Desa Sukamaju putus pada Selasa (3/3).', 'Warga menyeberang dengan rakit.'], [{ text: 'Selasa (3/3)', value: '2020-03-03' }]);
const detik = article('d', 'Detik', ['Jembatan gantung Sukamaju putus Rabu (4/3).', 'Bupati menjanjikan jembatan baru.'], [{ text: 'Rabu (4/3)', value: '2020-03-04' }]);
const detik2 = article('d2', 'Detik', ['Bupati meninjau lokasi jembatan yang putus.']);
const anon = article('x', null, ['Sekolah diliburkan selama sepekan.']);
const articles = [kompas, detik, detik2, anon];

describe('who reported what', () => {
  const broke = event('putus', '2020-03-03', [sentenceOf(kompas, 0), sentenceOf(detik, 0)], ['2020-03-04']);
  const promise = event('janji', '2020-03-05', [sentenceOf(detik, 1), sentenceOf(detik2, 0)]);
  const school = event('libur', '2020-03-06', [sentenceOf(kompas, 1), sentenceOf(detik, 1), sentenceOf(anon, 0)]);

  it('has one column per outlet (two articles of one outlet are one), one row per event by date', () => {
    const m = coverageMatrix([school, promise, broke], articles, [], label);
    expect(m.outlets.map((o) => `${o.name}:${o.articleIds.join('+')}`)).toEqual(['Kompas:k', 'Detik:d+d2', 'Tanpa nama x:x']);
    expect(m.rows.map((r) => r.event.id)).toEqual(['putus', 'janji', 'libur']);
  });

  it('says reported, not reported, or another date, and which article to jump to', () => {
    const m = coverageMatrix([broke, promise, school], articles, [], label);
    expect(m.rows.map((r) => r.cells.map((c) => c.state))).toEqual([
      ['reported', 'other-date', 'absent'],
      ['absent', 'reported', 'absent'],
      ['reported', 'reported', 'reported'],
    ]);
    expect(m.rows[0]!.cells[1]).toEqual({ state: 'other-date', date: '2020-03-04', articleId: 'd' });
    expect(m.rows[1]!.cells.map((c) => c.articleId)).toEqual([null, 'd', null]);
  });

  it('notes what one outlet alone reports and what one outlet alone leaves out', () => {
    const m = coverageMatrix([broke, promise, school], articles, [], label);
    expect(m.rows.map((r) => r.note)).toEqual([{ kind: 'all-but', outlet: 'Tanpa nama x' }, { kind: 'only', outlet: 'Detik' }, null]);
    expect(coverageMatrix([promise], [kompas, detik], [], label).rows[0]!.note).toBeNull();
  });

  it('takes another date from a date disagreement about the event', () => {
    const plain = event('putus', '2020-03-03', [sentenceOf(kompas, 0), sentenceOf(detik, 0)]);
    const d: Discrepancy = {
      id: 'dd', tier: 'calendar', kind: 'date', spans: [],
      params: { relation: 'event', eventId: 'putus', values: [{ value: '2020-03-03', text: 'Selasa', spans: [sentenceOf(kompas, 0)] }, { value: '2020-03-02', text: 'Senin', spans: [sentenceOf(anon, 0)] }] },
    };
    const m = coverageMatrix([plain], articles, [d], label);
    expect(m.rows[0]!.cells.map((c) => `${c.state}${c.date ? ` ${c.date}` : ''}`)).toEqual(['reported', 'reported', 'other-date 2020-03-02']);
  });
});

describe('where the text comes from', () => {
  it('lists credits and the shares copied from other articles, largest first; small overlaps are left out', () => {
    const a = { ...kompas, provenance: { credits: ['Antara', 'Reuters'], overlaps: [{ articleId: 'x', sharedSentences: 1, share: 0.05 }, { articleId: 'd2', sharedSentences: 1, share: 0.25 }, { articleId: 'd', sharedSentences: 2, share: 0.5 }] } };
    const lines = provenanceLines([a, anon], (id) => articles.find((x) => x.id === id)!.outlet?.name ?? id, (k, v) => translate('en', k, v), 'en');
    expect(lines.map((l) => `${l.name}: ${l.text}`)).toEqual(['Kompas: credits Antara and Reuters; 50% shared with Detik; 25% shared with Detik', 'x: credits no one and shares no passage']);
  });
});

describe('other outlets’ wording', () => {
  it('compares the chosen sentence with each other outlet’s sentences of its passage and names who reports it', () => {
    const passage = { id: 'p', mentions: [sentenceOf(kompas, 0), sentenceOf(detik, 0)] };
    const w = wordingOf(articles, passage, { articleId: 'k', start: 0 }, label)!;
    expect(w.text).toBe('Jembatan gantung di Desa Sukamaju putus pada Selasa (3/3).');
    expect(w.reporting).toEqual(['Kompas', 'Detik']);
    expect(w.silent).toEqual(['Tanpa nama x']);
    expect(w.others.map((o) => [o.name, o.matches.map((m) => `${m.articleId}:${m.start} +${m.added} -${m.removed}`)])).toEqual([['Detik', ['d:0 +2 -5']]]);
  });

  it('a sentence no one else tells has no matches and only its own outlet reports it', () => {
    const w = wordingOf(articles, null, { articleId: 'x', start: 0 }, label)!;
    expect(w.reporting).toEqual(['Tanpa nama x']);
    expect(w.silent).toEqual(['Kompas', 'Detik']);
    expect(w.others).toEqual([]);
    expect(wordingOf(articles, null, { articleId: 'x', start: 3 }, label)).toBeNull();
  });
});
