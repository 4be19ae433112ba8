import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { amountsIn, badConversions, parseNumber } from '../../../src/pipeline/events/discrepancies/money';
import { tokenizeRange } from '../../../src/pipeline/stages/tokenize';
import { storyOf } from '../helpers';

const textOf = (story: ReturnType<typeof storyOf>, s: { articleId: string; start: number; end: number }) =>
  story.articles.find((a) => a.id === s.articleId)!.text.slice(s.start, s.end);
const ofKind = <K extends Discrepancy['kind']>(ds: Discrepancy[], kind: K) => ds.filter((d): d is Extract<Discrepancy, { kind: K }> => d.kind === kind);

describe('name spelling', () => {
  it('reports a name two outlets spell differently, once, with who writes which', () => {
    const s = storyOf(
      'Bandung, Harian Priangan -- Pelatih Bambang Suryaatmadja memimpin latihan di Stadion Sidolig, Senin (5/6/2023). Bambang Suryaatmadja puas dengan kondisi pemain.',
      'Bandung, Warta Parahyangan -- Pelatih Bambang Suryatmadja memimpin latihan di Stadion Sidolig, Senin (5/6/2023). Bambang Suryatmadja puas dengan kondisi pemain.',
    );
    const found = ofKind(s.discrepancies, 'name-spelling');
    expect(found).toHaveLength(1);
    expect(found[0]!.tier).toBe('spelling');
    expect(found[0]!.params.variants.map((v) => [v.text, [...new Set(v.spans.map((x) => x.articleId))]])).toEqual([
      ['Bambang Suryaatmadja', ['000']],
      ['Bambang Suryatmadja', ['001']],
    ]);
  });

  it('does not report an outlet writing its own name two ways', () => {
    const s = storyOf(
      'Jakarta, CNN Indonesia -- Gubernur Andi Saputra membuka pasar murah di Jakarta, Senin (5/6/2023). Kepada CNNIndonesia.com, Andi Saputra mengatakan pasar murah digelar sepekan.',
      'Jakarta, CNN Indonesia -- Andi Saputra meninjau harga beras di Jakarta, Selasa (6/6/2023).',
    );
    expect(ofKind(s.discrepancies, 'name-spelling')).toEqual([]);
  });
});

/** A sentence and its tokens, as an article carries them. */
const tokenText = (text: string) => ({ text, tokens: tokenizeRange(text, 0, text.length) });

describe('figures', () => {
  it('reads Indonesian figures and money as amounts', () => {
    expect(parseNumber('2,3')).toBe(2.3);
    expect(parseNumber('1.250.000')).toBe(1250000);
    expect(amountsIn(tokenText('Rp 6 miliar dan Rp6 miliar')).map((a) => [a.amount, a.unit])).toEqual([[6e9, 'IDR'], [6e9, 'IDR']]);
    expect(amountsIn(tokenText('sebesar 4,5 juta dolar AS')).map((a) => [a.amount, a.unit])).toEqual([[4.5e6, 'USD']]);
  });

  it('flags a conversion no exchange rate explains, and not a plausible one', () => {
    expect(badConversions(tokenText('Kerugian 3,1 juta dolar AS atau setara dengan Rp 1,2 triliun.'))).toHaveLength(1);
    expect(badConversions(tokenText('Kerugian 3,1 juta dolar AS atau setara dengan Rp 45 miliar.'))).toEqual([]);
    expect(badConversions(tokenText('Ia membayar 3,1 juta dolar AS dan menerima Rp 1,2 triliun.'))).toEqual([]);
  });

  const grant = (amount: string) => `Jakarta, Harian Kota -- Pemerintah Kota Bekasi mengucurkan dana hibah ${amount} untuk perbaikan Pasar Baru Bekasi, Senin (5/6/2023).`;
  const grant2 = (amount: string) => `Bekasi, Warta Timur -- Pemerintah Kota Bekasi mengucurkan dana hibah ${amount} untuk perbaikan Pasar Baru Bekasi pada Senin (5/6/2023).`;

  it('does not take a difference of formatting for a disagreement', () => {
    const s = storyOf(grant('Rp 6 miliar'), grant2('Rp6 miliar'));
    expect(ofKind(s.discrepancies, 'number')).toEqual([]);
  });

  it('reports outlets that give different amounts for the same thing', () => {
    const s = storyOf(grant('Rp 6 miliar'), grant2('Rp 8 miliar'));
    const found = ofKind(s.discrepancies, 'number');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.values.map((v) => [v.amount, v.unit])).toEqual([[6e9, 'IDR'], [8e9, 'IDR']]);
    expect(found[0]!.tier).toBe('fact');
  });

  it('reports a foreign amount and its rupiah equal that cannot both be right', () => {
    const s = storyOf('Jakarta, Harian Kota -- Terdakwa Hendra Wijaya didakwa merugikan negara 3,1 juta dolar AS atau setara dengan Rp 1,2 triliun.');
    const found = ofKind(s.discrepancies, 'number');
    expect(found.map((d) => d.spans.map((x) => textOf(s, x)))).toEqual([['3,1 juta dolar AS', 'Rp 1,2 triliun']]);
    expect(found[0]!.params.relation).toBe('conversion');
  });
});

describe('claim and its negation', () => {
  it('reports one outlet stating what another denies', () => {
    const s = storyOf(
      'Medan, Harian Deli -- Rahmat Hidayat mundur dari jabatannya sebagai ketua klub, Senin (5/6/2023). Rahmat Hidayat menyampaikan keputusan itu kepada pengurus.',
      'Medan, Warta Sumatera -- Rahmat Hidayat tidak mundur dari jabatannya sebagai ketua klub, kata juru bicara klub, Selasa (6/6/2023).',
    );
    const found = ofKind(s.discrepancies, 'claim-negation');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.predicate).toBe('mundur');
    expect(found[0]!.params.affirmed.map((x) => textOf(s, x))).toEqual(['Rahmat Hidayat mundur']);
    expect(found[0]!.params.negated.map((x) => textOf(s, x))).toEqual(['Rahmat Hidayat tidak mundur']);
  });

  it('does not take a demand or a plan for a statement', () => {
    const s = storyOf(
      'Medan, Harian Deli -- Suporter mendesak agar Rahmat Hidayat mundur dari jabatannya, Senin (5/6/2023). Rahmat Hidayat akan mundur bila tim gagal.',
      'Medan, Warta Sumatera -- Rahmat Hidayat tidak mundur dari jabatannya, Selasa (6/6/2023).',
    );
    expect(ofKind(s.discrepancies, 'claim-negation')).toEqual([]);
  });
});

describe('term spelling', () => {
  it('reports a lone swapped-letter slip of a term the story writes the usual way', () => {
    const s = storyOf(
      'Jakarta, Harian Kota -- Warga antre membuat e-KTP di kantor kecamatan, Senin (5/6/2023). Blangko e-KTP sempat habis pekan lalu.',
      'Jakarta, Warta Dua -- Antrean pembuatan e-KPT mengular di kantor kecamatan, Senin (5/6/2023).',
    );
    const found = ofKind(s.discrepancies, 'name-spelling');
    expect(found.map((d) => d.params.variants.map((v) => v.text))).toEqual([['e-KTP', 'e-KPT']]);
  });

  it('does not take two bodies whose short forms share letters for a slip', () => {
    const s = storyOf(
      'Jakarta, Harian Kota -- KPK memeriksa bendahara PKK, Senin (5/6/2023). KPK menyita dokumen kas.',
      'Jakarta, Warta Dua -- Kader PKK mendatangi gedung KPK, Senin (5/6/2023). Ketua PKK menyerahkan laporan.',
    );
    expect(ofKind(s.discrepancies, 'name-spelling')).toEqual([]);
  });
});
