import { describe, expect, it, vi } from 'vitest';
import type * as Engine from '../../../src/pipeline/time/engine';

// what chrono is given: the extractor calls the engine module, wrapped here
const calls = vi.hoisted(() => ({ parsed: [] as string[] }));
vi.mock('../../../src/pipeline/time/engine', async (original) => {
  const engine = await original<typeof Engine>();
  return {
    ...engine,
    parseTimes: (text: string, ref: Parameters<typeof engine.parseTimes>[1]) => {
      calls.parsed.push(`${ref.year}-${ref.month}-${ref.day}|${text}`);
      return engine.parseTimes(text, ref);
    },
  };
});

const { runStory } = await import('../../../src/pipeline/index');

const encoder = new TextEncoder();
const ARTICLES = [
  // no year of its own, and read first: the story's dates read it again in the year the others give
  'Jembatan gantung Desa Sukamaju putus 12 Maret pagi.\n\nPerbaikan dijanjikan rampung dalam sebulan, kata kepala desa.\n\nPolisi memeriksa tali penahan yang aus.',
  'BANDUNG, Kabar.com - Jembatan gantung di Desa Sukamaju putus pada Selasa (12/3/2019) pagi. Dua warga terluka.',
  'BANDUNG, Warta.com - Jembatan gantung Desa Sukamaju putus, Selasa (12/3/2019). Warga kini menyeberang dengan perahu.',
];

describe('chrono work over a story', () => {
  it('reads each stretch of text once per reference day, article stages and story stages together', () => {
    calls.parsed = [];
    const { story } = runStory({ id: 'jembatan', articles: ARTICLES.map((text, i) => ({ file: `${i}.txt`, bytes: encoder.encode(text) })) });
    expect(story!.articles[0]!.published?.date).toBe('2019-03-12');
    expect(calls.parsed.length).toBeGreaterThan(3);
    expect(calls.parsed.filter((p, k) => calls.parsed.indexOf(p) !== k)).toEqual([]);
  });

  it('gives chrono no stretch without a digit or a time word', () => {
    calls.parsed = [];
    const text = 'Tanggul Sungai Cibeet jebol pada Senin (4/2/2019).\n\nPerbaikan ditargetkan selesai dalam sebulan, ujar camat.\n\nWarga bergotong royong menumpuk karung pasir.';
    runStory({ id: 'tanggul', articles: [{ file: 'a.txt', bytes: encoder.encode(text) }] });
    expect(calls.parsed.some((p) => p.includes('bergotong royong'))).toBe(false);
    expect(calls.parsed.some((p) => p.includes('selesai dalam sebulan'))).toBe(true);
  });
});
