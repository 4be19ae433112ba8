import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

// The quote readers read the token layer: quote marks and closing punctuation as tokens, mentions
// and dates by their token ranges.

/** Each quote as [quoted words, speaker text, speaker id, direct]. */
function quotes(...texts: string[]) {
  const story = storyOf(...texts);
  const text = (id: string) => story.articles.find((a) => a.id === id)!.text;
  return story.quotes.map((q) => [text(q.articleId).slice(q.content.start, q.content.end), q.speaker?.text ?? null, q.speaker?.entityId ?? null, q.direct]);
}

describe('quote readers over tokens', () => {
  it('takes the speaker from the sentence after a quote that is a sentence of its own', () => {
    expect(quotes('"Posko pengungsian kami buka malam ini." Hal itu dikatakan Rini Handayani kepada wartawan.')).toEqual([
      ['Posko pengungsian kami buka malam ini', 'Rini Handayani', 'rini-handayani', true],
    ]);
  });

  it('does not look to the next sentence when words follow the quote, or when the next sentence quotes again', () => {
    const after = quotes('"Posko kami buka malam ini" tertulis di papan pengumuman desa. Hal itu dikatakan Rini Handayani kepada wartawan.');
    expect(after.filter((q) => q[3] === true)).toEqual([]);
    const quotedAgain = quotes('"Posko kami buka malam ini." Hal itu dikatakan Rini Handayani, "dan besok pagi dapur umum menyusul."');
    expect(quotedAgain.some((q) => q[0] === 'Posko kami buka malam ini')).toBe(false);
  });

  it('gives every sentence of a quote running over sentences to the speaker named where it closes', () => {
    const got = quotes('"Air naik cepat sekali. Kami mengungsi ke balai desa," kata Rini Handayani.');
    expect(got).toEqual([
      ['Air naik cepat sekali', 'Rini Handayani', 'rini-handayani', true],
      ['Kami mengungsi ke balai desa', 'Rini Handayani', 'rini-handayani', true],
    ]);
  });

  it('takes no speaker from the next sentence for a quote standing inside its sentence', () => {
    expect(quotes('Di papan desa tertulis "posko dibuka malam ini." Hal itu dikatakan Rini Handayani kepada wartawan.')).toEqual([]);
  });

  it('reads no reported speech in a sentence whose quote mark opens a quotation running on', () => {
    const paragraphs = ['Rini Handayani menceritakan malam itu.', '"Budi Santoso mengatakan bantuan datang besok pagi.', '"Kami menunggu di balai desa," kata Rini Handayani.'];
    expect(quotes(paragraphs.join('\n'))).toEqual([['Kami menunggu di balai desa', 'Rini Handayani', 'rini-handayani', true]]);
    // without the open mark the same sentence is Budi's reported speech
    expect(quotes(paragraphs[1]!.slice(1))).toEqual([['bantuan datang besok pagi', 'Budi Santoso', 'budi-santoso', false]]);
  });

  it('finds the speaker named between the brackets of a short form, and before them', () => {
    const got = quotes('Badan Penanggulangan Bencana Daerah (BPBD) Bojonegoro mengatakan air mulai surut sejak pagi.', 'Pihak BPBD mengatakan dua desa masih terendam hingga sore.');
    expect(got.every((q) => q[1] !== null && q[2] !== null)).toBe(true);
  });

  it('passes a time phrase between the speaker and the verb by the phrase\'s tokens', () => {
    expect(quotes('Rini Handayani pada Selasa (5/3/2024) malam mengatakan air sudah surut.').map((q) => q[1])).toEqual(['Rini Handayani']);
  });

  it('reads "mereka" as a body the sentence names before it, by token ranges', () => {
    const got = quotes('Polda Jawa Timur mengirim tim ke lokasi banjir pada Senin. Mereka mengatakan pencarian dilanjutkan besok pagi.');
    expect(got.map((q) => [q[1], q[2]])).toEqual([['Mereka', 'kepolisian-daerah-jawa-timur']]);
  });
});
