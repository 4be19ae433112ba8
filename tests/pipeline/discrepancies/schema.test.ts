import { describe, expect, it } from 'vitest';
import { toDigest } from '../../../src/pipeline/index';
import { DIGEST_SCHEMA_VERSION, parseDigest } from '../../../src/shared/digest/schema';
import { storyOf } from '../helpers';

const digest = () =>
  toDigest(
    storyOf(
      'Jakarta, Harian Kota -- Terdakwa Hendra Wijaya didakwa merugikan negara 3,1 juta dolar AS atau setara dengan Rp 1,2 triliun, Senin (5/6/2023). "Saya tidak bersalah," kata Hendra Wijaya.',
      'Jakarta, Warta Dua -- Hendra Wijaya didakwa merugikan negara, Senin (5/6/2023), dikutip Antara dari Reuters.',
    ),
  );

describe('digest schema version 2', () => {
  it('carries quotes, provenance and disagreements as kind and parameters', () => {
    const d = digest();
    expect(d.schemaVersion).toBe(2);
    expect(DIGEST_SCHEMA_VERSION).toBe(2);
    expect(d.quotes.map((q) => [q.speaker?.entityId, q.verb, q.direct])).toEqual([['hendra-wijaya', 'kata', true]]);
    expect(d.discrepancies.map((x) => [x.kind, x.tier])).toContainEqual(['number', 'fact']);
    expect(d.discrepancies.every((x) => !('summary' in x))).toBe(true);
    for (const a of d.articles) expect(a.provenance).toEqual(expect.objectContaining({ credits: [...new Set(a.sources.map((s) => s.name))] }));
    expect(parseDigest(JSON.parse(JSON.stringify(d)))).toMatchObject({ ok: true });
  });

  it('refuses a version 1 digest and says why', () => {
    const result = parseDigest({ ...digest(), schemaVersion: 1 });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/schema version 1, expected 2/) });
  });

  it('refuses a disagreement stored as a sentence', () => {
    const d = digest();
    const old = { ...d, discrepancies: [{ id: 'x', tier: 'fact', summary: 'Outlets disagree.', spans: [] }] };
    expect(parseDigest(old)).toMatchObject({ ok: false, reason: expect.stringContaining('discrepancies.0') });
  });
});
