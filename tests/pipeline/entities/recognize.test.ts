import { describe, expect, it } from 'vitest';
import { mentionsOf, storyOf } from './helpers';

describe('recognizeEntities', () => {
  it('tags people, places and organisations with offsets into the source text', () => {
    const story = storyOf('Presiden Joko Widodo bertemu Gubernur Jawa Barat di Bandung pada Senin (3/6/2019).');
    const a = story.articles[0]!;
    for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentionsOf(story)).toEqual(expect.arrayContaining(['Joko Widodo/PER', 'Jawa Barat/LOC', 'Bandung/LOC']));
  });

  it('leaves titles out of person names', () => {
    // the countries are named as places later in the article, so the ones after a title count too
    const first = 'Perdana Menteri Jepang Shinzo Abe dan Presiden Rusia Vladimir Putin bertemu di Tokyo.';
    const story = storyOf(`${first} Abe kemudian terbang dari Tokyo ke Rusia, sedangkan Putin pernah tinggal di Jepang.`);
    const m = story.articles[0]!.mentions.filter((x) => x.end <= first.length).map((x) => `${x.text}/${x.type}`);
    expect(m).toEqual(['Jepang/LOC', 'Shinzo Abe/PER', 'Rusia/LOC', 'Vladimir Putin/PER', 'Tokyo/LOC']);
    expect(mentionsOf(story).some((x) => x.startsWith('Presiden') || x.startsWith('Perdana') || x.startsWith('Menteri'))).toBe(false);
  });

  it('tags the name after "title + country" as the title holder', () => {
    expect(mentionsOf(storyOf('Ia bertemu Presiden Korea Selatan Moon Jae-in di Seoul kemarin.'))).toEqual(
      expect.arrayContaining(['Korea Selatan/LOC', 'Moon Jae-in/PER', 'Seoul/LOC']),
    );
  });

  it('never tags months, days or the word KTT', () => {
    const m = mentionsOf(storyOf('KTT itu digelar pada Kamis, 25 April 2019, dan dilanjutkan Jumat pada bulan Mei di Hanoi.'));
    expect(m).toContain('Hanoi/LOC');
    for (const bad of ['KTT', 'Kamis', 'April', 'Jumat', 'Mei']) expect(m.some((x) => x.startsWith(`${bad}/`))).toBe(false);
  });

  it('does not take a capitalised common word at a sentence start for a name', () => {
    const m = mentionsOf(storyOf('Namun pertemuan itu gagal. Kemudian para pejabat pulang ke Jakarta. Sementara itu hujan turun.'));
    expect(m).toEqual(['Jakarta/LOC']);
  });

  it('does not tag list headings such as "Berita Terkait" or "Baca Juga"', () => {
    const m = mentionsOf(storyOf('Menteri Sri Mulyani berbicara di Jakarta.\nBaca Juga: Harga Minyak Naik\nBerita Terkait'));
    expect(m.some((x) => /Berita|Terkait|Baca|Juga/.test(x))).toBe(false);
  });

  it('drops the city descriptor "kota" but keeps geographic heads that belong to the name', () => {
    const m = mentionsOf(storyOf('Mereka bertemu di kota Vladivostok dekat Pulau Russky, tidak jauh dari semenanjung Korea.'));
    expect(m).toEqual(expect.arrayContaining(['Vladivostok/LOC', 'Pulau Russky/LOC', 'semenanjung Korea/LOC']));
  });

  it('recognises organisation names by their head or tail word', () => {
    const m = mentionsOf(storyOf('Direktur Jenderal Institute of Regional Issues dan rektor Universitas Gadjah Mada hadir di Far Eastern Federal University kemarin.'));
    expect(m).toEqual(expect.arrayContaining(['Institute of Regional Issues/ORG', 'Universitas Gadjah Mada/ORG', 'Far Eastern Federal University/ORG']));
  });

  it('tags a site name cited as a source as an organisation, but not image addresses', () => {
    const story = storyOf('![](https://statik.tempo.co/data/foto.jpg)\nDikutip dari aljazeera.com, Putin tiba di Moskow.');
    const m = mentionsOf(story);
    expect(m).toContain('aljazeera.com/ORG');
    expect(m.some((x) => x.includes('tempo'))).toBe(false);
  });

  it('splits two names joined by a hyphen when both are used alone', () => {
    const m = mentionsOf(storyOf('Pemimpin Korea Utara Kim Jong-un tiba lebih dulu. Kim lalu disusul Putin. Pertemuan puncak Kim-Putin berlangsung lama.'));
    expect(m.filter((x) => x === 'Kim/PER')).toHaveLength(2);
    expect(m.filter((x) => x === 'Putin/PER')).toHaveLength(2);
  });

  it('keeps a name one type across the document and finds repeats the tagger missed', () => {
    const m = mentionsOf(storyOf('Juru bicara Yuri Ushakov mengatakan hal itu. Menurut Ushakov, pertemuan berjalan baik. Ushakov menambahkan bahwa Rusia siap.'));
    expect(m.filter((x) => x === 'Ushakov/PER')).toHaveLength(2);
    expect(m).toContain('Yuri Ushakov/PER');
  });

  it('takes a short form as a mention once its full name is written out', () => {
    const text = 'Kim ingin Amerika Serikat mencabut sanksi. Namun AS justru ingin mempertahankannya.';
    expect(mentionsOf(storyOf(text))).toEqual(expect.arrayContaining(['Amerika Serikat/LOC', 'AS/LOC']));
    // an amount's currency is not a mention of the country
    expect(mentionsOf(storyOf(`${text} Nilainya 500 juta dolar AS.`)).filter((x) => x === 'AS/LOC')).toHaveLength(1);
  });

  it('takes a known place named as an argument of the clause or in a list with a tagged place', () => {
    expect(mentionsOf(storyOf('Moskow berusaha membujuk Pyongyang agar kembali berunding.'))).toContain('Pyongyang/LOC');
    expect(mentionsOf(storyOf('Sanksi itu dijatuhkan pada Pyongyang tahun lalu.'))).toContain('Pyongyang/LOC');
    const listed = storyOf('Putin bertemu para pemimpin dari Korea Selatan dan Jepang.');
    expect(mentionsOf(listed)).toEqual(expect.arrayContaining(['Korea Selatan/LOC', 'Jepang/LOC']));
  });

  it('takes a known outlet cited as a source', () => {
    const m = mentionsOf(storyOf('"Kami siap," kata Ushakov seperti dikutip Antara. Hal itu juga diberitakan kantor berita Korea Selatan Yonhap.'));
    expect(m).toEqual(expect.arrayContaining(['Antara/ORG', 'Yonhap/ORG']));
  });

  it('tags the names inside words glued by a removed link, and nothing of the residue', () => {
    const story = storyOf('Rusia dan China hadir. Ini termasuk RusiaChina, Jepang dan Korea Selatan.');
    const glued = story.articles[0]!.mentions.filter((m) => m.start >= story.articles[0]!.text.indexOf('RusiaChina'));
    expect(glued.slice(0, 2).map((m) => `${m.text}/${m.type}`)).toEqual(['Rusia/LOC', 'China/LOC']);
  });
});

describe('recognizeEntities on arbitrary text', () => {
  it('keeps mentions sorted, non-overlapping and equal to their source slice', async () => {
    const fc = (await import('fast-check')).default;
    const word = fc.constantFrom('Presiden', 'Joko', 'Widodo', 'di', 'Jakarta', 'Kim-Putin', 'Kim', 'RusiaChina', 'kota', 'Bank', 'Indonesia', 'KTT', 'Senin', ',', '.', '"', 'aljazeera.com', 'dan', 'of', 'University');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 4 }), (lines) => {
        const story = storyOf(lines.map((l) => l.join(' ')).join('\n'));
        const a = story.articles[0]!;
        let last = -1;
        for (const m of a.mentions) {
          expect(a.text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
        }
      }),
      { numRuns: 60 },
    );
  });
});
