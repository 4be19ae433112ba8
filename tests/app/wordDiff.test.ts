import { describe, expect, it } from 'vitest';
import { diffWords, foldWord } from '../../src/features/compare/wordDiff';
import { reportingSummary } from '../../src/features/compare/summary';
import { loadLang, translate } from '../../src/shared/i18n';

const marked = (base: string, other: string) =>
  diffWords(base, other)
    .segments.map((s) => (s.op === 'same' ? s.text : s.op === 'added' ? `{+${s.text}}` : `{-${s.text}}`))
    .join('');

describe('word-level diff', () => {
  it('marks words only the other sentence has and words it leaves out, in place', () => {
    expect(marked('Banjir merendam tiga desa pada Senin pagi.', 'Banjir besar merendam empat desa pada Senin.')).toBe('Banjir {+besar} merendam {-tiga} {+empat} desa pada Senin {-pagi}.');
  });

  it('ignores case and diacritics, and reads a hyphen as a word break', () => {
    expect(foldWord('Ménteri')).toBe('menteri');
    const d = diffWords('menteri kesehatan ri mengunjungi Jong Un', 'Ménteri KESEHATAN RI mengunjungi Jong-un');
    expect(d.added + d.removed).toBe(0);
    expect(d.similarity).toBe(1);
    expect(d.segments).toEqual([{ text: 'Ménteri KESEHATAN RI mengunjungi Jong-un', op: 'same' }]);
  });

  it('keeps the other sentence’s own punctuation and counts words, not segments', () => {
    const d = diffWords('Harga cabai naik dua kali lipat', 'Harga cabai rawit, kata pedagang, naik');
    expect(d.added).toBe(3);
    expect(d.removed).toBe(3);
    expect(marked('Harga cabai naik dua kali lipat', 'Harga cabai rawit, kata pedagang, naik')).toBe('Harga cabai {+rawit}, {+kata pedagang}, naik {-dua kali lipat}');
  });

  it('finds nothing in common between unrelated sentences', () => {
    const d = diffWords('Hujan turun deras', 'Pasar ramai sekali');
    expect(d.similarity).toBe(0);
    expect(d.segments.filter((s) => s.op === 'same').map((s) => s.text.trim())).toEqual(['']);
  });
});

describe('reporting summary', () => {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);
  it('names and counts outlets on each side', () => {
    expect(reportingSummary(['Tempo', 'Gatra'], ['Tirto'], t, 'en')).toBe('2 of 3 outlets report this: Tempo and Gatra; Tirto does not.');
    expect(reportingSummary(['Tempo'], ['Tirto', 'Gatra'], t, 'en')).toBe('Only this outlet reports this: Tempo; Tirto and Gatra do not.');
    expect(reportingSummary(['Tempo', 'Tirto'], [], t, 'en')).toBe('2 of 2 outlets report this: Tempo and Tirto.');
  });
  it('in Indonesian', async () => {
    await loadLang('id');
    const tid = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('id', key, vars);
    expect(reportingSummary(['Tempo', 'Gatra'], ['Tirto'], tid, 'id')).toBe('2 dari 3 media memberitakan ini: Tempo dan Gatra; Tirto tidak.');
  });
});
