import { runArticle } from '../../../src/pipeline/index';
import { decodeArticle } from '../../../src/pipeline/stages/decode';
import { bytes, textStages } from './helpers';

const published = (text: string) => {
  const { doc } = decodeArticle({ file: 'a.txt', bytes: bytes(text) });
  return runArticle(doc!).published?.date ?? null;
};

describe('a page time stamp under the headline', () => {
  const page = (stamp: string) => `Harga Cabai Turun Tajam di Pasar Induk\n\n${stamp}\n\nBANDUNG - Harga cabai di pasar induk turun sejak Kamis (12/9/2019), kata pedagang.\n\nPembeli mulai kembali ramai.\n`;

  it('is body text that dates the article, not a section heading', () => {
    const doc = textStages(page('Sabtu, 14 Sep 2019 | 08:15 WIB'));
    expect(doc.headings.map((h) => doc.text.slice(h.start, h.end))).toEqual(['Harga Cabai Turun Tajam di Pasar Induk']);
    expect(published(page('Sabtu, 14 Sep 2019 | 08:15 WIB'))).toBe('2019-09-14');
    expect(published(page('14/9/2019 08:15'))).toBe('2019-09-14');
  });

  it('leaves a short title-cased subheading between paragraphs a heading', () => {
    const doc = textStages('BANDUNG - Harga cabai turun, kata pedagang.\n\nPasokan Dari Garut Melimpah\n\nPembeli mulai kembali ramai.\n');
    expect(doc.headings.map((h) => doc.text.slice(h.start, h.end))).toEqual(['Pasokan Dari Garut Melimpah']);
  });
});

describe('the outlet a closing promotion invites readers to', () => {
  it('names the publisher when the dateline gives only a place', () => {
    const doc = textStages('MEDAN - Banjir merendam tiga kecamatan sejak pagi.\n\nWarga mengungsi ke masjid.\n\nFollow Berita Okezone di Google News\n');
    expect(doc.outlet).toMatchObject({ name: 'Okezone', domain: 'okezone.com', evidence: { text: 'Okezone' } });
  });

  it('does not take a news aggregator or a place for an outlet', () => {
    const doc = textStages('MEDAN - Banjir merendam tiga kecamatan sejak pagi.\n\nSimak berita dan artikel lainnya di Google News\n');
    expect(doc.outlet).toBeNull();
  });

  it('does not outrank the dateline', () => {
    const doc = textStages('Jakarta, CNN Indonesia -- Hujan turun.\n\nFollow Berita Okezone di Google News\n');
    expect(doc.outlet).toMatchObject({ name: 'CNN Indonesia' });
  });
});

describe('credit lines', () => {
  const removed = (text: string) => textStages(text).boilerplate.map((b) => `${b.kind}: ${b.text}`);

  it('drops a byline of a name, a comma and the writer\'s role', () => {
    expect(removed('Rina Hapsari, Jurnalis · Rabu 4 Mei 2022 10:05 WIB\n\nMEDAN - Banjir merendam tiga kecamatan.\n')).toContain('byline: Rina Hapsari, Jurnalis · Rabu 4 Mei 2022 10:05 WIB');
  });

  it('keeps a sentence that names a person and a role after a comma', () => {
    const text = 'MEDAN - Banjir merendam tiga kecamatan.\n\nBudi Santoso, wartawan senior di kota itu, mengatakan air naik sejak subuh.\n';
    expect(removed(text)).toEqual([]);
  });

  it('drops a bracketed credit of an outlet and a reporter', () => {
    expect(removed('MEDAN - Banjir merendam tiga kecamatan.\n\n(Contohberita.com/Dewi Lestari)\n')).toContain('byline: (Contohberita.com/Dewi Lestari)');
  });

  it('keeps a bracketed aside in the body', () => {
    expect(removed('MEDAN - Banjir merendam tiga kecamatan.\n\n(Data sementara/belum final)\n')).toEqual([]);
  });
});
