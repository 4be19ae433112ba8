import { describe, expect, it } from 'vitest';
import { imageSource } from '../../src/features/reader/imageSource';

const PAGE = 'https://baca.example.id/app/?story=banjir';

describe('imageSource', () => {
  it('keeps addresses of the page origin local, relative ones resolved against the page', () => {
    expect(imageSource('gambar/peta.png', PAGE)).toEqual({ kind: 'local', url: 'https://baca.example.id/app/gambar/peta.png' });
    expect(imageSource('/digests/foto.jpg', PAGE)).toEqual({ kind: 'local', url: 'https://baca.example.id/digests/foto.jpg' });
    expect(imageSource('https://baca.example.id/x.png', PAGE).kind).toBe('local');
  });

  it('treats data and blob images as local: no request leaves the page', () => {
    expect(imageSource('data:image/png;base64,AAAA', PAGE).kind).toBe('local');
    expect(imageSource('blob:https://baca.example.id/1234', PAGE).kind).toBe('local');
  });

  it('marks other sites remote with their host, also another port or scheme of the same host', () => {
    expect(imageSource('https://foto.media.example.com/a.jpg', PAGE)).toEqual({ kind: 'remote', url: 'https://foto.media.example.com/a.jpg', host: 'foto.media.example.com' });
    expect(imageSource('//cdn.example.net/b.webp', PAGE)).toEqual({ kind: 'remote', url: 'https://cdn.example.net/b.webp', host: 'cdn.example.net' });
    expect(imageSource('https://baca.example.id:8443/c.png', PAGE).kind).toBe('remote');
    expect(imageSource('http://baca.example.id/d.png', PAGE).kind).toBe('remote');
  });

  it('asks for a remote http: address over https', () => {
    expect(imageSource('http://img.example.org/e.jpg?w=720', 'http://127.0.0.1:4173/')).toEqual({ kind: 'remote', url: 'https://img.example.org/e.jpg?w=720', host: 'img.example.org' });
  });

  it('refuses what is not an image address', () => {
    for (const src of [undefined, null, '', '   ', 'javascript:alert(1)', 'file:///etc/passwd', 'http://', 'mailto:redaksi@example.id']) {
      expect(imageSource(src, PAGE)).toEqual({ kind: 'none' });
    }
  });
});
