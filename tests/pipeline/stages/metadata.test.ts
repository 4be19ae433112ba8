import outletsJson from '../../../data/lexicon/outlets.json';
import { datelineExamples } from '../../../src/pipeline/outlets';
import { textStages } from './helpers';

const outletOf = (text: string) => textStages(text).outlet;
const sourcesOf = (text: string) => textStages(text).sources.map((s) => [s.name, s.text]);

describe('metadata stage: outlet', () => {
  it('reads domain datelines, with or without a place', () => {
    expect(outletOf('tirto.id - Presiden tiba.')).toMatchObject({ name: 'Tirto', domain: 'tirto.id', evidence: { text: 'tirto.id' } });
    expect(outletOf('Vladivostok, Gatra.com - Presiden tiba.')).toMatchObject({ name: 'Gatra', domain: 'gatra.com' });
    expect(outletOf('JAKARTA, KOMPAS.com - Hujan turun.')).toMatchObject({ name: 'Kompas', domain: 'kompas.com' });
  });

  it('names an outlet it does not know after its domain', () => {
    expect(outletOf('Bandung, contohberita.com - Hujan turun.')).toMatchObject({ name: 'Contohberita', domain: 'contohberita.com' });
  });

  it('reads named datelines of known outlets', () => {
    expect(outletOf('Jakarta, CNN Indonesia -- Hujan turun.')).toMatchObject({ name: 'CNN Indonesia', domain: 'cnnindonesia.com' });
    expect(outletOf('Jakarta (ANTARA) - Hujan turun.')).toMatchObject({ name: 'Antara' });
  });

  it('falls back to hot-linked image hosts', () => {
    expect(outletOf('![](https://statik.tempo.co/data/a.jpg)\nPresiden tiba.')).toMatchObject({ name: 'Tempo', domain: 'tempo.co', evidence: { text: 'statik.tempo.co' } });
  });

  it('prefers front matter', () => {
    expect(outletOf('---\noutlet: Detik\nurl: https://news.detik.com/x\n---\ntirto.id - Isi.')).toMatchObject({ name: 'Detik', domain: 'detik.com' });
  });

  it('says null when nothing names the outlet', () => {
    expect(outletOf('Presiden Rusia tiba di Vladivostok pada hari Kamis.')).toBeNull();
  });

  it('reads every dateline shape the outlet data lists, with the name as written for evidence', () => {
    for (const [name, dateline] of datelineExamples) {
      // a signature with no dash or colon stands as its own line above the body
      const gap = /[-–—:.]$/.test(dateline) ? ' ' : '\n';
      const found = outletOf(`${dateline}${gap}Harga beras di pasar induk naik lagi pekan ini.`);
      expect(found?.name, dateline).toBe(name);
      expect(dateline, name).toContain(found!.evidence!.text);
    }
  });

  it('reads place and outlet in either order, bracketed, in upper or mixed case, with any dash', () => {
    const cases: [string, string, string][] = [
      ['BOGOR (Pos Kota) – Jalan raya macet total.', 'Pos Kota', 'Pos Kota'],
      ['Surabaya, Kompas.com — Jalan raya macet total.', 'Kompas', 'Kompas.com'],
      ['REPUBLIKA.CO.ID, MEDAN -- Jalan raya macet total.', 'Republika', 'REPUBLIKA.CO.ID'],
      ['Bisnis.com, SEMARANG - Jalan raya macet total.', 'Bisnis', 'Bisnis.com'],
      ['TEMPO.CO, Bandung - Jalan raya macet total.', 'Tempo', 'TEMPO.CO'],
      ['Liputan6.com, Palembang - Jalan raya macet total.', 'Liputan6', 'Liputan6.com'],
      ['Bogor (ANTARA) - Jalan raya macet total.', 'Antara', 'ANTARA'],
      ['VIVA – Jalan raya macet total.', 'Viva', 'VIVA'],
      ['Banda Aceh, Beritasatu.com - Jalan raya macet total.', 'Beritasatu', 'Beritasatu.com'],
      ['TRIBUNJABAR.ID, CIREBON - Jalan raya macet total.', 'Tribun Jabar', 'TRIBUNJABAR.ID'],
      ['Solopos.com, KLATEN—Jalan raya macet total.', 'Solopos', 'Solopos.com'],
    ];
    for (const [text, name, evidence] of cases) expect(outletOf(text), text).toMatchObject({ name, evidence: { text: evidence } });
  });

  it('keeps the evidence offsets on the source text', () => {
    const text = 'Bandung, CNN Indonesia -- Jalan raya macet total.';
    const { evidence } = outletOf(text)!;
    expect(text.slice(evidence!.start, evidence!.end)).toBe('CNN Indonesia');
  });

  it('takes no place-only dateline, nor a dash after a plain name, for an outlet', () => {
    expect(outletOf('SURABAYA – Jalan raya macet total sejak pagi.')).toBeNull();
    expect(outletOf('Jakarta - Jalan raya macet total sejak pagi.')).toBeNull();
    expect(outletOf('Wali Kota Bogor – yang baru dilantik – meninjau jalan.')).toBeNull();
  });

  it('reads a line that is only the outlet name at the top', () => {
    expect(outletOf('detikNews\nJakarta - Jalan raya macet total.')).toMatchObject({ name: 'Detik', evidence: { text: 'detikNews' } });
  });
});

describe('metadata stage: outlet credited in the text', () => {
  it('names the outlet its reporters are said to have spoken to', () => {
    expect(outletOf('Banjir surut. "Kami siap," kata Budi kepada kumparan, Senin (3/2).')).toMatchObject({ name: 'kumparan', evidence: { text: 'kumparan' } });
    expect(outletOf('Banjir surut, ujar Budi kepada CNNIndonesia.com, Senin.')).toMatchObject({ name: 'CNN Indonesia' });
    expect(outletOf('Banjir surut, kata Budi saat dihubungi Tempo, Senin.')).toMatchObject({ name: 'Tempo', evidence: { text: 'Tempo' } });
    expect(outletOf('Banjir surut, ujarnya kepada wartawan Kompas.com di Bogor.')).toMatchObject({ name: 'Kompas', evidence: { text: 'Kompas.com' } });
    expect(outletOf('Banjir surut, ujarnya kepada Media Indonesia di Bogor.')).toMatchObject({ name: 'Media Indonesia' });
  });

  it('keeps the dateline outlet when another outlet is the one spoken to', () => {
    expect(outletOf('Merdeka.com - Banjir surut, kata Budi kepada Bola.net, Senin.')).toMatchObject({ name: 'Merdeka' });
    expect(outletOf('---\noutlet: Suara\n---\nBanjir surut, kata Budi kepada Tempo.')).toMatchObject({ name: 'Suara' });
  });

  it('does not take an interview cited from another outlet, an agency, or a plain word', () => {
    expect(outletOf('Banjir surut, kata Budi seperti dikutip dari wawancaranya kepada Tempo.')).toBeNull();
    expect(outletOf('Banjir surut, kata Budi kepada Reuters.')).toBeNull();
    expect(outletOf('Bantuan diberikan kepada suara terbanyak di desa itu.')).toBeNull();
    expect(outletOf('Banjir surut, kata Budi kepada wartawan di Bogor.')).toBeNull();
  });
});

describe('outlet data', () => {
  it('lists at least sixty Indonesian outlets, each with a name, a domain and spellings', () => {
    expect(outletsJson.outlets.length).toBeGreaterThanOrEqual(60);
    for (const o of outletsJson.outlets) {
      expect(o.name.length).toBeGreaterThan(1);
      expect(o.domain).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
    const names = outletsJson.outlets.map((o) => o.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('metadata stage: credited sources', () => {
  it('finds agencies and outlets after citing phrases', () => {
    expect(sourcesOf('Melansir AP News, Putin tiba.')).toEqual([['AP', 'AP News']]);
    expect(sourcesOf('Dikutip dari aljazeera.com, Kim tiba.')).toEqual([['Al Jazeera', 'aljazeera.com']]);
    expect(sourcesOf('kata Ushakov seperti dikutip Antara dari Reuters, Rabu.')).toEqual([['Antara', 'Antara'], ['Reuters', 'Reuters']]);
    expect(sourcesOf('Ia tiba, menurut seorang reporter Reuters di sana.')).toEqual([['Reuters', 'Reuters']]);
  });

  it('does not take a person quoted with "menurut" for a source', () => {
    expect(sourcesOf('Menurut Putin, pertemuan itu baik.')).toEqual([]);
  });
});

describe('metadata stage: channels of an outlet', () => {
  it('names the outlet for a channel name or a channel address, keeping the channel as evidence', () => {
    expect(outletOf('detikSport\n\nSolo - Persis menang.')).toMatchObject({ name: 'Detik', domain: 'detik.com', evidence: { text: 'detikSport' } });
    expect(outletOf('sport.detik.com - Persis menang.')).toMatchObject({ name: 'Detik', evidence: { text: 'sport.detik.com' } });
    expect(outletOf('otomotif.kompas.com - Mobil listrik laris.')).toMatchObject({ name: 'Kompas' });
  });

  it('keeps an outlet listed under its own sub-domain, and an unknown parent unknown', () => {
    expect(outletOf('jogja.tribunnews.com - Hujan deras.')).toMatchObject({ name: 'Tribun Jogja' });
    expect(outletOf('warta.contohsitus.com - Hujan deras.')).toMatchObject({ name: 'Warta', domain: 'warta.contohsitus.com' });
  });
});
