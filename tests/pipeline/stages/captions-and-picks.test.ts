import { textStages } from './helpers';

const removedTexts = (text: string) => textStages(text).boilerplate.map((b) => [b.kind, b.text]);

describe('captions, editor picks and headline lists set apart', () => {
  it('removes a mid-article caption closed by an outlet and a photographer as a whole line', () => {
    const caption = 'Petugas memeriksa tanggul yang jebol di Desa Mekarsari, Selasa (7/3/2023). (KOMPAS.com/ANDI WIJAYA)';
    const text = `Tanggul sungai jebol setelah hujan deras.\n\n${caption}\n\nWarga diminta waspada.`;
    expect(removedTexts(text)).toEqual([['photo', caption]]);
  });

  it('keeps a closing reporter credit on the last paragraph as a credit only', () => {
    const text = 'Tanggul sungai jebol setelah hujan deras.\n\nWarga diminta waspada, kata camat. (Tribunnews.com/Andi Wijaya)';
    expect(removedTexts(text)).toEqual([['byline', '(Tribunnews.com/Andi Wijaya)']]);
  });

  it('keeps a paragraph of several sentences that ends with a credit', () => {
    const text = 'Tanggul jebol. Warga mengungsi ke balai desa. (Tribunnews.com/Andi Wijaya)\n\nCamat meninjau lokasi.';
    expect(removedTexts(text)).toEqual([['byline', '(Tribunnews.com/Andi Wijaya)']]);
  });

  it('removes an editor\'s pick line', () => {
    const text = 'Sidang ditunda pekan depan.\n\nPilihan Editor: Hakim Tolak Eksepsi Terdakwa\n\nJaksa menyiapkan saksi.';
    expect(removedTexts(text)).toEqual([['related-link', 'Pilihan Editor: Hakim Tolak Eksepsi Terdakwa']]);
  });

  it('takes the headlines under a heading even when a blank line parts them', () => {
    const text = 'Harga cabai naik.\n\nBaca Juga\n\nHarga Bawang Ikut Melonjak\nPedagang Pasar Keluhkan Sepi Pembeli\n\nPemerintah menyiapkan operasi pasar.';
    expect(removedTexts(text)).toEqual([['related-list', 'Baca Juga\n\nHarga Bawang Ikut Melonjak\nPedagang Pasar Keluhkan Sepi Pembeli']]);
  });

  it('does not take a body paragraph after such a heading', () => {
    const text = 'Harga cabai naik.\n\nBaca Juga\n\nPemerintah menyiapkan operasi pasar di tiga kota.\n\nPedagang menyambut baik.';
    expect(removedTexts(text)).toEqual([['related-list', 'Baca Juga']]);
  });
});
