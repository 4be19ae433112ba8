import { describe, expect, it } from 'vitest';
import { MarkCache, type MarkSelection } from '../../src/app/buildMarks';
import { indexPassages, passagesByArticle } from '../../src/app/sentencePassages';
import { passageAt } from '../../src/features/compare/passages';
import { parseDigest, type Digest } from '../../src/shared/digest/schema';
import raw from './fixtures/digest.json';

const parsed = parseDigest(raw);
if (!parsed.ok) throw new Error('fixture digest does not parse');
const digest: Digest = parsed.digest;
const [first, second] = digest.articles;
const none: MarkSelection = { hiddenTypes: [], entityId: null, currentMention: null, event: null, passage: null, sentence: null, hits: [], hitCursor: -1 };

describe('MarkCache', () => {
  it('gives a column the same marks array while its share of the choice stays the same', () => {
    const cache = new MarkCache(digest);
    const before = cache.select(none)(second!.id);
    // choosing a sentence in another article leaves this one alone
    const after = cache.select({ ...none, sentence: { articleId: first!.id, start: first!.sentences[1]!.start } })(second!.id);
    expect(after).toBe(before);
    // a search hit in this article changes it
    const hit = { articleId: second!.id, start: second!.sentences[0]!.start, end: second!.sentences[0]!.start + 3 };
    const searched = cache.select({ ...none, hits: [hit], hitCursor: 0 })(second!.id);
    expect(searched).not.toBe(before);
    expect(searched.filter((m) => m.attrs['data-search'])).toEqual([{ start: hit.start, end: hit.end, tag: 'mark', attrs: { 'data-search': 'true', 'data-current': 'true' } }]);
  });

  it('moves the tab stop to the chosen sentence and marks it selected', () => {
    const cache = new MarkCache(digest);
    const chosen = first!.sentences[1]!.start;
    const marks = cache.select({ ...none, sentence: { articleId: first!.id, start: chosen } })(first!.id);
    const sentences = marks.filter((m) => 'data-sentence' in m.attrs);
    expect(sentences.filter((m) => m.firstAttrs?.tabIndex === '0').map((m) => m.start)).toEqual([chosen]);
    expect(sentences.filter((m) => m.attrs['data-selected']).map((m) => m.start)).toEqual([chosen]);
    // with nothing chosen the first sentence is the tab stop again, and nothing is selected
    const plain = cache.select(none)(first!.id).filter((m) => 'data-sentence' in m.attrs);
    expect(plain.filter((m) => m.firstAttrs?.tabIndex === '0').map((m) => m.start)).toEqual([first!.sentences[0]!.start]);
    expect(plain.some((m) => m.attrs['data-selected'])).toBe(false);
  });

  it('dims the other entities, keeps the chosen one of a hidden type, and drops hidden types', () => {
    const cache = new MarkCache(digest);
    const chosen = first!.mentions[0]!;
    const marks = cache.select({ ...none, entityId: chosen.entityId, hiddenTypes: [chosen.type] })(first!.id).filter((m) => m.attrs['data-entity-id']);
    expect(marks.every((m) => m.attrs['data-entity'] !== chosen.type || m.attrs['data-entity-id'] === chosen.entityId)).toBe(true);
    expect(marks.filter((m) => m.attrs['data-entity-id'] === chosen.entityId).every((m) => m.attrs['data-active'] === 'true')).toBe(true);
    expect(marks.filter((m) => m.attrs['data-entity-id'] !== chosen.entityId).every((m) => m.attrs['data-dimmed'] === 'true')).toBe(true);
  });

  it('has no marks for an article the story does not hold', () => {
    expect(new MarkCache(digest).select(none)('nowhere')).toEqual([]);
  });
});

describe('indexPassages', () => {
  it('finds the same passage for every sentence as a search through all passages', () => {
    const at = indexPassages(digest.sharedPassages);
    for (const a of digest.articles) for (const s of a.sentences) expect(at(a.id, s.start)).toBe(passageAt(digest.sharedPassages, a.id, s.start));
  });

  it('lets the first passage in story order win where two overlap', () => {
    const one = { id: 'one', mentions: [{ articleId: 'x', start: 10, end: 50 }, { articleId: 'y', start: 0, end: 40 }] };
    const two = { id: 'two', mentions: [{ articleId: 'x', start: 0, end: 30 }, { articleId: 'z', start: 0, end: 30 }] };
    const at = indexPassages([one, two] as Digest['sharedPassages']);
    expect(at('x', 20)?.id).toBe('one');
    expect(at('x', 5)?.id).toBe('two');
    expect(at('x', 60)).toBeNull();
    expect(passagesByArticle([one, two] as Digest['sharedPassages']).get('x')?.map((p) => p.id)).toEqual(['one', 'two']);
  });
});
