import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStory } from '../../src/pipeline/index';

// A story written for the tests on another topic (a dam opening), so the rules are checked on
// text they were not written against.
const dir = 'tests/fixtures/unseen-dam';
const { story } = runStory({ id: 'dam', articles: readdirSync(dir).sort().map((file) => ({ file, bytes: readFileSync(join(dir, file)) })) });
const [a, b] = story!.articles;
const values = (doc: typeof a) => Object.fromEntries(doc!.timex.map((t) => [t.text, t.value]));
const mention = (doc: typeof a, text: string) => doc!.mentions.find((m) => m.text === text);

describe('a story on another topic', () => {
  it('finds outlets from named and domain datelines, and the day of publication', () => {
    expect([a!.outlet?.name, b!.outlet?.name]).toEqual(['CNN Indonesia', 'Kompas']);
    expect([a!.published?.date, b!.published?.date]).toEqual(['2022-12-12', '2022-12-12']);
  });

  it('normalises its dates against the publication day', () => {
    expect(values(a)).toMatchObject({ 'Senin (12/12/2022)': '2022-12-12', 'Oktober lalu': '2022-10', 'dua tahun': 'P2Y', '2016': '2016' });
    expect(values(b)).toMatchObject({ 'tahun 2016': '2016', 'sekitar tiga bulan': 'P3M', 'Kamis (8/12/2022)': '2022-12-08' });
  });

  it('tags people and places and links names across outlets', () => {
    expect(mention(a, 'Joko Widodo')?.type).toBe('PER');
    expect(mention(a, 'Basuki Hadimuljono')?.type).toBe('PER');
    expect(mention(b, 'Yogyakarta')?.type).toBe('LOC');
    expect(mention(b, 'Jokowi')?.entityId).toBe(mention(a, 'Joko Widodo')?.entityId);
    expect(mention(a, 'Banten')?.entityId).toBe(mention(b, 'Banten')?.entityId);
    expect(a!.mentions.some((m) => /^(Presiden|Menteri|Gubernur)/.test(m.text))).toBe(false);
  });

  it('removes the related-article link', () => {
    expect(a!.boilerplate.map((x) => x.kind)).toEqual(['related-link']);
  });

  it('pairs the passages both outlets report', () => {
    expect(story!.sharedPassages.length).toBeGreaterThan(0);
  });
});
