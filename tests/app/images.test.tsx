// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const column = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const markdownReady = () => waitFor(() => expect(document.querySelector('.article-body[aria-busy]')).toBeNull());
const remoteSrcs = () => [...document.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '').filter((src) => /^(https?:)?\/\//.test(src) && !src.startsWith(location.origin));

/** The fixture, with a second remote image (an http: address) and a same-origin one in the third article. */
function storyWithImages() {
  const d = fixture();
  const a = d.articles[2] as (typeof d.articles)[number];
  a.text += '\n![Peta Pulau Russky](http://peta.example.org/russky.png)\n\n![Denah ruang rapat](/gambar/denah.png)\n\n![Titik merah](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==)\n\n[tautan](data:text/html;base64,PHNjcmlwdD4=)\n';
  return d;
}

async function openStory(url = '/', lang: 'en' | 'id' = 'en') {
  serve({ 'putin-kim.json': storyWithImages() });
  renderApp(url, lang);
  await screen.findByRole('heading', { level: 2, name: lang === 'en' ? 'Unknown outlet' : 'Media tidak dikenal' });
  await markdownReady();
}

describe('images of other sites', () => {
  it('are placeholders with their alt text, host and a Load image button, and nothing requests them', async () => {
    await openStory();
    const placeholder = within(column('Tirto')).getByRole('group', { name: 'Kereta lapis baja Kim' });
    expect(placeholder).toHaveTextContent('Kereta lapis baja Kim');
    expect(placeholder).toHaveTextContent('On img.tirto.id, not loaded yet');
    expect(within(placeholder).getByRole('button', { name: 'Load image' })).toBeInTheDocument();
    expect(within(column('Unknown outlet')).getByRole('group', { name: 'Peta Pulau Russky' })).toHaveTextContent('On peta.example.org');
    expect(remoteSrcs()).toEqual([]);
  });

  it('Load image loads that image only, over https, without referrer; the others stay placeholders', async () => {
    await openStory();
    const tirto = column('Tirto');
    await userEvent.click(within(within(tirto).getByRole('group', { name: 'Kereta lapis baja Kim' })).getByRole('button', { name: 'Load image' }));
    const img = within(tirto).getByRole('img', { name: 'Kereta lapis baja Kim' });
    expect(img).toHaveAttribute('src', 'https://img.tirto.id/kereta.jpg');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(remoteSrcs()).toEqual(['https://img.tirto.id/kereta.jpg']);
    expect(within(column('Unknown outlet')).getByRole('group', { name: 'Peta Pulau Russky' })).toBeInTheDocument();
    // asked for one by one, not for the whole story: the address keeps no trace of it
    expect(window.location.search).not.toContain('remoteImages');
    // the button sits inside a sentence: pressing it does not choose that sentence
    expect(window.location.search).not.toContain('sent=');
    img.dispatchEvent(new Event('error'));
    expect(await within(tirto).findByText(/Image could not be loaded: Kereta lapis baja Kim/)).toBeInTheDocument();
  });

  it('the story switch loads them all and is kept in the address', async () => {
    await openStory();
    await userEvent.click(await screen.findByRole('switch', { name: 'Load images from other sites' }));
    await waitFor(() => expect(remoteSrcs().sort()).toEqual(['https://img.tirto.id/kereta.jpg', 'https://peta.example.org/russky.png']));
    expect(screen.queryByRole('button', { name: 'Load image' })).toBeNull();
    expect(window.location.search).toContain('remoteImages=true');
    await userEvent.click(screen.getByRole('switch', { name: 'Load images from other sites' }));
    await waitFor(() => expect(remoteSrcs()).toEqual([]));
    expect(window.location.search).not.toContain('remoteImages');
  });

  it('a link with the switch on opens the story with its images', async () => {
    await openStory('/?remoteImages=true');
    expect(await screen.findByRole('switch', { name: 'Load images from other sites' })).toBeChecked();
    expect(within(column('Tirto')).getByRole('img', { name: 'Kereta lapis baja Kim' })).toHaveAttribute('src', 'https://img.tirto.id/kereta.jpg');
  });

  it('Show images off leaves text stand-ins only and disables the switch', async () => {
    await openStory('/?remoteImages=true');
    await userEvent.click(await screen.findByRole('switch', { name: 'Show images' }));
    await waitFor(() => expect(document.querySelector('.columns img')).toBeNull());
    expect(within(column('Tirto')).getByRole('img', { name: 'Kereta lapis baja Kim' }).tagName).toBe('SPAN');
    expect(screen.getByRole('switch', { name: 'Load images from other sites' })).toBeDisabled();
  });

  it('speak Indonesian too', async () => {
    await openStory('/', 'id');
    const placeholder = within(column('Tirto')).getByRole('group', { name: 'Kereta lapis baja Kim' });
    expect(placeholder).toHaveTextContent('Di img.tirto.id, belum dimuat');
    expect(within(placeholder).getByRole('button', { name: 'Muat gambar' })).toBeInTheDocument();
    expect(await screen.findByRole('switch', { name: 'Muat gambar dari situs lain' })).not.toBeChecked();
  });
});

describe('images of the app itself', () => {
  it('load at once, as before', async () => {
    await openStory();
    const img = within(column('Unknown outlet')).getByRole('img', { name: 'Denah ruang rapat' });
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toBe(new URL('/gambar/denah.png', location.href).href);
  });

  it('show a picture the article holds inline, and never keep a data: link', async () => {
    await openStory();
    const img = within(column('Unknown outlet')).getByRole('img', { name: 'Titik merah' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(within(column('Unknown outlet')).getByText('tautan').closest('a')?.getAttribute('href') ?? '').not.toMatch(/^data:/);
  });
});
