import { siteLabels, siteSuffix, withoutSiteSuffix } from '../../../src/pipeline/language/id';

describe('site address endings', () => {
  it('recognises Indonesian and foreign site endings in any case', () => {
    for (const s of ['kabarkita.co.id', 'KABARKITA.CO.ID', 'beritaku.com', 'dinas.go.id', 'harian.co.uk']) expect(siteSuffix.test(s)).toBe(true);
  });

  it('does not take a plain word or an abbreviation with a dot for a site', () => {
    for (const s of ['Jakarta', 'dll.', 'Co', 'kota.besar', 'sidang.idul']) expect(siteSuffix.test(s)).toBe(false);
  });

  it('takes off the whole second-level ending, not only its last part', () => {
    expect(withoutSiteSuffix('kabarkita.co.id')).toBe('kabarkita');
    expect(withoutSiteSuffix('dinas.go.id')).toBe('dinas');
    expect(withoutSiteSuffix('beritaku.com')).toBe('beritaku');
    expect(withoutSiteSuffix('Kabar Kita')).toBe('Kabar Kita');
  });

  it('lists each part of an ending once, for a tokenizer that reads them one by one', () => {
    expect(siteLabels).toContain('co');
    expect(siteLabels).toContain('go');
    expect(new Set(siteLabels).size).toBe(siteLabels.length);
  });
});
