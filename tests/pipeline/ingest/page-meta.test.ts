import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMetadata } from '../../../src/pipeline/ingest/page-meta';

const metaOf = (head: string, body = '', lang = '') => pageMetadata(parseHTML(`<html${lang}><head>${head}</head><body>${body}</body></html>`).document);
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('pageMetadata', () => {
  it('reads Open Graph and article meta tags, the canonical link and the language', () => {
    const head = [
      '<title>Gempa di Selat Sunda | Kabar Banten</title>',
      '<meta property="og:site_name" content="Kabar Banten">',
      '<meta property="og:title" content="Gempa Magnitudo 5 Guncang Selat Sunda - Kabar Banten">',
      '<meta property="og:url" content="https://m.kabarbanten.example/gempa">',
      '<link rel="canonical" href="https://kabarbanten.example/gempa">',
      '<meta property="article:published_time" content="2021-03-09T06:20:00+07:00">',
      '<meta property="article:author" content="https://facebook.example/kabarbanten">',
    ].join('');
    expect(metaOf(head, '', ' lang="id"')).toEqual({
      title: 'Gempa Magnitudo 5 Guncang Selat Sunda',
      outlet: 'Kabar Banten',
      url: 'https://kabarbanten.example/gempa',
      published: '2021-03-09T06:20:00+07:00',
      language: 'id',
    });
  });

  it('reads JSON-LD alone: the article in a @graph, the publisher by its @id, several authors', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Suara Lombok' },
        { '@type': 'ReportageNewsArticle', headline: 'Pelabuhan Lembar Ditutup Sementara', datePublished: '2020-01-15', author: [{ name: 'Baiq Nurul' }, 'Made Arya'], publisher: { '@id': '#org' }, url: 'https://suaralombok.example/lembar' },
      ],
    };
    expect(metaOf(ld(graph))).toEqual({
      title: 'Pelabuhan Lembar Ditutup Sementara',
      outlet: 'Suara Lombok',
      url: 'https://suaralombok.example/lembar',
      published: '2020-01-15',
      author: 'Baiq Nurul, Made Arya',
    });
  });

  it('reads a JSON-LD list with the publisher named inline, past a block that is not JSON', () => {
    const list = [{ '@type': 'WebSite', name: 'bukan ini' }, { '@type': 'NewsArticle', headline: 'Judul', publisher: { '@type': 'Organization', name: 'Harian Timur' }, author: { '@type': 'Person', name: 'Yosef' } }];
    expect(metaOf(`<script type="application/ld+json">{ rusak</script>${ld(list)}`)).toMatchObject({ outlet: 'Harian Timur', author: 'Yosef', title: 'Judul' });
  });

  it('falls back to <time datetime> for the date and passes over dates that do not exist', () => {
    const head = '<meta property="article:published_time" content="2019-02-30T10:00:00">';
    expect(metaOf(head, '<time datetime="kemarin">kemarin</time><time datetime="2019-02-28T09:00:00+08:00">28 Februari</time>').published).toBe('2019-02-28T09:00:00+08:00');
  });

  it('says nothing a page does not say', () => {
    expect(metaOf('', '<p>Teks saja.</p>')).toEqual({});
    // a relative canonical link is no address of the outlet
    expect(metaOf('<link rel="canonical" href="/berita/1">')).toEqual({});
  });
});
