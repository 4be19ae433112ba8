import { describe, expect, it } from 'vitest';
import { runStory } from '../../src/pipeline/index';

const encoder = new TextEncoder();
const titleOf = (texts: string[], extra: { label?: string; meta?: { title?: string } } = {}) =>
  runStory({ id: 'cerita', ...extra, articles: texts.map((t, i) => ({ file: `${i}.txt`, bytes: encoder.encode(t) })) }).story?.title;

describe('story title', () => {
  it('takes the title story.yaml gives', () => {
    expect(titleOf(['Warga menanam pohon di tepi sungai.\n'], { label: 'folder-kita', meta: { title: 'Penghijauan Sungai' } })).toBe('Penghijauan Sungai');
  });

  it('takes an article title from front matter', () => {
    expect(titleOf(['---\ntitle: Banjir Surut di Semarang\n---\nAir mulai surut pada Senin pagi.\n'], { label: 'folder-kita' })).toBe('Banjir Surut di Semarang');
  });

  it('takes a headline that opens the body, not a subheading further down', () => {
    expect(titleOf(['# Jembatan Baru Dibuka\n\nJembatan itu menghubungkan dua desa.\n'], { label: 'folder-kita' })).toBe('Jembatan Baru Dibuka');
    const sub = titleOf(['Pemerintah kota membuka pasar malam di alun-alun.\n\n## Antrean panjang\n\nPengunjung datang sejak sore.\n'], { label: 'folder-kita' });
    expect(sub).toBe('Pemerintah kota membuka pasar malam di alun-alun');
  });

  it('makes one from the lead past the dateline, cut to a headline length, never the folder name', () => {
    const title = titleOf(['BANDUNG – Ribuan pelajar mengikuti lomba membaca puisi yang digelar dinas pendidikan kota selama tiga hari berturut-turut.\n'], { label: 'folder-kita' });
    expect(title).toBe('Ribuan pelajar mengikuti lomba membaca puisi yang digelar dinas pendidikan kota selama…');
  });
});
