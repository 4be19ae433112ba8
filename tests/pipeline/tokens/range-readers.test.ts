import { describe, expect, it } from 'vitest';
import { agesOf } from '../../../src/pipeline/events/discrepancies/ages';
import { eventDateDiscrepancies, repeatedPassageDiscrepancies } from '../../../src/pipeline/events/discrepancies/calendar';
import { claimsOf } from '../../../src/pipeline/events/discrepancies/claims';
import { figureDiscrepancies } from '../../../src/pipeline/events/discrepancies/facts';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import { titleBefore } from '../../../src/pipeline/events/discrepancies/roles';
import { sentenceFeatures } from '../../../src/pipeline/passages/features';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import type { ArticleDoc as Doc } from '../../../src/pipeline/types';
import { handDoc, handStory, orderOf, spanIn, textOf } from './hand-spans';

// Each reader here takes a name's or a date's tokens from its token range and a sentence's names
// and dates from the sentence's tokens. The spans are made by hand, some starting or ending at a
// hyphen inside a token ("Budi" of "Andi-Budi"), where the range holds the whole token.

const claimTexts = (doc: Doc, k = 0) => claimsOf(doc, doc.sentences[k]!).map((c) => ({ text: textOf(doc, c.span), negated: c.negated, root: c.root }));
const valuesOf = (d: Discrepancy) => ('values' in d.params ? (d.params.values as { value?: string; amount?: number }[]).map((v) => v.value ?? v.amount) : []);

describe('claims read from the token after a name', () => {
  it('reads the predicate after the name and its negation', () => {
    const doc = handDoc('Budi Santoso tidak mundur dari kursi ketua.', [{ phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' }]);
    expect(claimTexts(doc)).toEqual([{ text: 'Budi Santoso tidak mundur', negated: true, root: 'mundur' }]);
  });

  it('takes "bukan" from the word right before the name', () => {
    const doc = handDoc('Bukan Budi Santoso mundur, melainkan wakilnya.', [{ phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' }]);
    expect(claimTexts(doc)).toEqual([{ text: 'Bukan Budi Santoso mundur', negated: true, root: 'mundur' }]);
  });

  it('reads past a name that ends or begins inside a hyphenated token', () => {
    const doc = handDoc('Pasangan Andi-Budi mundur dari pencalonan.', [
      { phrase: 'Andi', type: 'PER', entityId: 'andi' },
      { phrase: 'Budi', type: 'PER', entityId: 'budi' },
    ]);
    expect(claimTexts(doc)).toEqual([
      { text: 'Andi-Budi mundur', negated: false, root: 'mundur' },
      { text: 'Budi mundur', negated: false, root: 'mundur' },
    ]);
  });

  it('leaves out a demand before the name, and names of another sentence', () => {
    const doc = handDoc('Warga mendesak agar Budi Santoso mundur. Andi Wijaya mundur.', [
      { phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' },
      { phrase: 'Andi Wijaya', type: 'PER', entityId: 'andi' },
    ]);
    expect(claimTexts(doc, 0)).toEqual([]);
    expect(claimTexts(doc, 1)).toEqual([{ text: 'Andi Wijaya mundur', negated: false, root: 'mundur' }]);
    const earlier = handDoc('Budi Santoso mundur. Andi Wijaya hadir dalam rapat.', [
      { phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' },
      { phrase: 'Andi Wijaya', type: 'PER', entityId: 'andi' },
    ]);
    expect(claimTexts(earlier, 1)).toEqual([]);
  });
});

describe('a title read back from a name', () => {
  it('reads the title and its standing before the name', () => {
    const doc = handDoc('Mantan pelatih Persikota Budi Santoso memimpin latihan.', [{ phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' }]);
    const t = titleBefore(doc, doc.mentions[0]!);
    expect({ text: t?.text, head: t?.head, standing: t?.standing }).toEqual({ text: 'Mantan pelatih Persikota', head: 'pelatih', standing: 'former' });
  });

  it('passes the comma of an apposition and stops at the name', () => {
    const doc = handDoc('Menurut pelatih tim, Budi Santoso, latihan berjalan baik.', [{ phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' }]);
    expect(titleBefore(doc, doc.mentions[0]!)?.text).toBe('pelatih tim');
  });

  it('finds none before a name at the start of the text', () => {
    const doc = handDoc('Budi Santoso memimpin latihan.', [{ phrase: 'Budi Santoso', type: 'PER', entityId: 'budi' }]);
    expect(titleBefore(doc, doc.mentions[0]!)).toBeNull();
  });
});

describe('ages read by token from a name', () => {
  const agesIn = (doc: Doc) => agesOf(doc).map((a) => ({ years: a.years, people: [...a.people].sort(), text: a.text }));

  it('reads a bracketed age right after the name', () => {
    const doc = handDoc('Warga bernama Heru Santoso (56) melapor ke polisi.', [{ phrase: 'Heru Santoso', type: 'PER', entityId: 'heru' }]);
    expect(agesIn(doc)).toEqual([{ years: 56, people: ['heru'], text: 'Heru Santoso (56)' }]);
  });

  it('gives no bracketed age to a name whose token runs on past it', () => {
    // short names, so the bracket closes within reach of the first one too
    const doc = handDoc('Pasangan Ade-Ai (56) melapor ke polisi.', [
      { phrase: 'Ade', type: 'PER', entityId: 'ade' },
      { phrase: 'Ai', type: 'PER', entityId: 'ai' },
    ]);
    expect(agesIn(doc)).toEqual([{ years: 56, people: ['ai'], text: 'Ai (56)' }]);
  });

  it('gives a stated age to a name before its cue, not after', () => {
    const named = handDoc('Heru Santoso, yang berusia 56 tahun, melapor ke polisi.', [{ phrase: 'Heru Santoso', type: 'PER', entityId: 'heru' }]);
    expect(agesIn(named)).toEqual([{ years: 56, people: ['heru'], text: 'berusia 56 tahun' }]);
    const after = handDoc('Berusia 56 tahun, Heru Santoso melapor ke polisi.', [{ phrase: 'Heru Santoso', type: 'PER', entityId: 'heru' }]);
    expect(agesIn(after)).toEqual([]);
  });

  it('gives "mereka" the first people named together, joined by the one token between them', () => {
    const doc = handDoc('Rian dan Dimas tiba di Jakarta kemarin. Usia mereka 20 tahun.', [
      { phrase: 'Rian', type: 'PER', entityId: 'rian' },
      { phrase: 'Dimas', type: 'PER', entityId: 'dimas' },
    ]);
    expect(agesIn(doc)).toEqual([{ years: 20, people: ['dimas', 'rian'], text: 'Usia mereka 20 tahun' }]);
  });
});

describe('dates of a shared passage, read by the predicate before the date', () => {
  const rule = (file: string, date: string, value: string, meeting: string, meetingValue: string) => {
    const text = `Aturan baru tentang parkir berlaku mulai ${date}. Rapat berikutnya digelar ${meeting}.`;
    return handDoc(text, [], [{ phrase: date, value }, { phrase: meeting, value: meetingValue }], file);
  };

  it('compares the dates given for one predicate in the passage, not those of other sentences', () => {
    const a = rule('a.txt', '1 Mei 2023', '2023-05-01', '9 Juli 2023', '2023-07-09');
    const b = rule('b.txt', '1 Juni 2023', '2023-06-01', '10 Juli 2023', '2023-07-10');
    const passage = { id: 'p', mentions: [spanIn(a, 'Aturan baru tentang parkir berlaku mulai 1 Mei 2023.'), spanIn(b, 'Aturan baru tentang parkir berlaku mulai 1 Juni 2023.')] };
    const story = handStory([a, b], { sharedPassages: [passage] });
    const found = passageDateDiscrepancies(story, orderOf(story));
    expect(found.map(valuesOf)).toEqual([['2023-05-01', '2023-06-01']]);
  });
});

describe('dates of a sentence, read by its tokens', () => {
  it('finds a paragraph repeated with another date', () => {
    const text = 'Rapat warga digelar di balai desa pada 3 Mei 2023.\n\nRapat warga digelar di balai desa pada 4 Mei 2023.';
    const doc = handDoc(text, [], [
      { phrase: '3 Mei 2023', value: '2023-05-03' },
      { phrase: '4 Mei 2023', value: '2023-05-04' },
    ]);
    const story = handStory([doc]);
    expect(repeatedPassageDiscrepancies(story, orderOf(story)).map(valuesOf)).toEqual([['2023-05-03', '2023-05-04']]);
  });

  it("reads an event's dates inside its mentions only", () => {
    const text = (date: string) => `Jembatan gantung di desa itu putus pada ${date}. Perbaikan dimulai 20 Mei 2023.`;
    const a = handDoc(text('3 Mei 2023'), [], [{ phrase: '3 Mei 2023', value: '2023-05-03' }, { phrase: '20 Mei 2023', value: '2023-05-20' }], 'a.txt');
    const b = handDoc(text('4 Mei 2023'), [], [{ phrase: '4 Mei 2023', value: '2023-05-04' }, { phrase: '20 Mei 2023', value: '2023-05-20' }], 'b.txt');
    const event = {
      id: 'e',
      label: 'jembatan putus',
      date: '2023-05-03',
      precision: 'day' as const,
      conflictingDates: ['2023-05-04'],
      mentions: [spanIn(a, 'Jembatan gantung di desa itu putus pada 3 Mei 2023.'), spanIn(b, 'Jembatan gantung di desa itu putus pada 4 Mei 2023.')],
    };
    const story = handStory([a, b], { events: [event] });
    const found = eventDateDiscrepancies(story, orderOf(story));
    expect(found.map(valuesOf)).toEqual([['2023-05-03', '2023-05-04']]);
    expect(found[0]!.spans.map((s) => textOf(s.articleId === 'a' ? a : b, s))).toEqual(['3 Mei 2023', '4 Mei 2023']);
  });
});

describe('lengths of time, told from how often by the words beside their tokens', () => {
  /** The length is the part of `how` its value says ("tiga bulan" of "setiap tiga bulan"). */
  const paying = (file: string, how: string, value: string) => {
    const length = { P2M: 'dua bulan', P3M: 'tiga bulan' }[value]!;
    return handDoc(`Anggota koperasi membayar iuran ${how} kepada pengurus.`, [], [{ phrase: length, value, type: 'DURATION' }], file);
  };
  const figures = (howA: string, a: string, howB: string, b: string) => {
    const x = paying('a.txt', howA, a);
    const y = paying('b.txt', howB, b);
    const passage = { id: 'p', mentions: [{ articleId: 'a', start: x.sentences[0]!.start, end: x.sentences[0]!.end }, { articleId: 'b', start: y.sentences[0]!.start, end: y.sentences[0]!.end }] };
    const story = handStory([x, y], { sharedPassages: [passage] });
    return figureDiscrepancies(story, orderOf(story)).map(valuesOf);
  };

  it('compares two lengths', () => {
    expect(figures('selama dua bulan', 'P2M', 'selama tiga bulan', 'P3M')).toEqual([[2, 3]]);
  });

  it('reads two parts of one length side by side, or with "dan" between, as one figure', () => {
    const serving = (file: string, months: string, value: string, join: string) =>
      handDoc(`Terdakwa dijatuhi hukuman penjara lima tahun ${join}${months} oleh hakim.`, [], [
        { phrase: 'lima tahun', value: 'P5Y', type: 'DURATION' },
        { phrase: months, value, type: 'DURATION' },
      ], file);
    const x = serving('a.txt', 'enam bulan', 'P6M', '');
    const y = serving('b.txt', 'tujuh bulan', 'P7M', 'dan ');
    const passage = { id: 'p', mentions: [x, y].map((d) => ({ articleId: d.id, start: d.sentences[0]!.start, end: d.sentences[0]!.end })) };
    const story = handStory([x, y], { sharedPassages: [passage] });
    const found = figureDiscrepancies(story, orderOf(story));
    expect(found.map(valuesOf)).toEqual([[5.5, 5.58]]);
    expect(found[0]!.params).toMatchObject({ values: [{ text: 'lima tahun enam bulan' }, { text: 'lima tahun dan tujuh bulan' }] });
  });

  it('leaves out a length after "setiap" or before "sekali"', () => {
    expect(figures('selama dua bulan', 'P2M', 'setiap tiga bulan', 'P3M')).toEqual([]);
    expect(figures('selama dua bulan', 'P2M', 'tiga bulan sekali', 'P3M')).toEqual([]);
  });
});

describe('title words of a passage sentence, read from the tokens of names', () => {
  const featuresOf = (text: string, mentions: Parameters<typeof handDoc>[1], words = /^[hw]:gubernur$/) => {
    const doc = handDoc(text, mentions);
    return sentenceFeatures(handStory([doc]))[0]!.features.filter((f) => words.test(f)).sort();
  };
  const ridwan = [{ phrase: 'Ridwan Hakim', type: 'PER' as const, entityId: 'ridwan' }];

  it('counts a title before a name, and the capitalised words between, as a name', () => {
    expect(featuresOf('Gubernur Jawa Barat Ridwan Hakim meresmikan pasar baru.', ridwan, /^[hw]:(gubernur|jawa|barat)$/)).toEqual(['h:barat', 'h:gubernur', 'h:jawa']);
  });

  it('does not take a name beginning inside a token for the name a title leads to', () => {
    const hakim = [{ phrase: 'Hakim', type: 'PER' as const, entityId: 'hakim' }];
    expect(featuresOf('Gubernur Jawa Barat Ridwan-Hakim meresmikan pasar baru.', hakim)).toEqual(['w:gubernur']);
  });

  it('counts a title in apposition after a person as a name, with or without the comma', () => {
    expect(featuresOf('Ridwan Hakim, gubernur Jawa Barat, meresmikan pasar baru.', ridwan)).toEqual(['h:gubernur']);
    expect(featuresOf('Ridwan Hakim Gubernur Jawa Barat Resmikan Pasar Baru.', ridwan)).toEqual(['h:gubernur']);
  });

  it('keeps a title as a word when the name before it ends inside a token', () => {
    expect(featuresOf('Pasangan Ridwan-Hakim, gubernur Jawa Barat, meresmikan pasar baru.', [{ phrase: 'Ridwan', type: 'PER', entityId: 'ridwan' }])).toEqual(['w:gubernur']);
  });

  it('keeps a title as a word when no name follows it', () => {
    expect(featuresOf('Gubernur meresmikan pasar baru.', [])).toEqual(['w:gubernur']);
  });
});
