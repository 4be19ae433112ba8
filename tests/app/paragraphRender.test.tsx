// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import MarkdownBody from '../../src/features/reader/MarkdownBody';
import { MarkdownParagraph } from '../../src/features/reader/MarkdownParagraph';
import { paragraphTree } from '../../src/features/reader/paragraphTree';
import type { Mark } from '../../src/shared/lib/marks';
import type { Paragraph } from '../../src/shared/lib/paragraphs';
import { Toggle } from '../../src/shared/ui/Toggle';
import './setup';

vi.mock('../../src/features/reader/paragraphTree', async (actual) => {
  const real = await actual<typeof import('../../src/features/reader/paragraphTree')>();
  return { paragraphTree: vi.fn(real.paragraphTree) };
});

const text = 'Gubernur **Sulastri** membuka pasar baru di [Semarang](https://example.org/kota) pada Kamis.';
const paragraph: Paragraph = { start: 40, end: 40 + text.length, text, heading: false };
const at = (word: string, attrs: Record<string, string>): Mark => {
  const i = text.indexOf(word);
  return { start: 40 + i, end: 40 + i + word.length, tag: 'mark', attrs };
};

describe('a paragraph rendered again', () => {
  it('is not rendered again when its marks are equal ones in a new array, and is when one attribute changes', () => {
    const calls = vi.mocked(paragraphTree);
    calls.mockClear();
    const { container, rerender } = render(<MarkdownParagraph paragraph={paragraph} marks={[at('Sulastri', { 'data-entity': 'PER' })]} showImages={false} />);
    expect(calls).toHaveBeenCalledTimes(1);
    rerender(<MarkdownParagraph paragraph={paragraph} marks={[at('Sulastri', { 'data-entity': 'PER' })]} showImages={false} />);
    expect(calls).toHaveBeenCalledTimes(1);
    rerender(<MarkdownParagraph paragraph={paragraph} marks={[at('Sulastri', { 'data-entity': 'PER', 'data-current': 'true' })]} showImages={false} />);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(container.querySelector('mark[data-current="true"]')).toHaveTextContent('Sulastri');
    expect(container.querySelector('strong mark')).not.toBeNull();
  });

  it('is not rendered again when only the chosen entity changes: its body lays that on the mentions', () => {
    const calls = vi.mocked(paragraphTree);
    const sulastri = (attrs: Record<string, string>) => at('Sulastri', { 'data-entity': 'PER', 'data-entity-id': 'sulastri', ...attrs });
    const semarang = (attrs: Record<string, string>) => at('Semarang', { 'data-entity': 'LOC', 'data-entity-id': 'semarang', ...attrs });
    const body = (marks: Mark[]) => <MarkdownBody paragraphs={[paragraph]} marks={marks} showImages={false} scroll={null} />;
    const { container, rerender } = render(body([sulastri({}), semarang({})]));
    calls.mockClear();
    rerender(body([sulastri({ 'data-active': 'true' }), semarang({ 'data-dimmed': 'true' })]));
    expect(calls).not.toHaveBeenCalled();
    expect(container.querySelector('mark[data-active="true"]')).toHaveTextContent('Sulastri');
    expect(container.querySelector('mark[data-dimmed="true"]')).toHaveTextContent('Semarang');
    // an entity with no mention here: every mention is dimmed
    rerender(body([sulastri({ 'data-dimmed': 'true' }), semarang({ 'data-dimmed': 'true' })]));
    expect(container.querySelector('mark[data-active]')).toBeNull();
    expect(container.querySelectorAll('mark[data-dimmed="true"]')).toHaveLength(2);
    rerender(body([sulastri({}), semarang({})]));
    expect(container.querySelector('mark[data-active], mark[data-dimmed]')).toBeNull();
    // a render of the paragraph for another mark after that keeps the mentions as the marks say
    rerender(body([sulastri({ 'data-active': 'true' }), semarang({ 'data-dimmed': 'true' }), at('pasar', { 'data-search': 'true' })]));
    expect(calls).toHaveBeenCalledTimes(1);
    expect(container.querySelector('mark[data-active="true"]')).toHaveTextContent('Sulastri');
    expect(container.querySelector('mark[data-search]')).toHaveTextContent('pasar');
    rerender(body([sulastri({}), semarang({}), at('pasar', { 'data-search': 'true' })]));
    expect(container.querySelector('mark[data-active], mark[data-dimmed]')).toBeNull();
    rerender(body([sulastri({}), semarang({})]));
    expect(container.querySelector('mark[data-active], mark[data-dimmed], mark[data-search]')).toBeNull();
  });

  it('renders markdown as before: links open apart and safely, headings never outrank the column, unsafe addresses are emptied', () => {
    const { container } = render(
      <>
        <MarkdownParagraph paragraph={paragraph} marks={[]} showImages={false} />
        <MarkdownParagraph paragraph={{ start: 0, end: 12, text: '## Latar kota', heading: false }} marks={[]} showImages={false} />
        <MarkdownParagraph paragraph={{ start: 0, end: 30, text: '[klik](javascript:alert(1)) <b>x</b>', heading: false }} marks={[]} showImages={false} />
      </>,
    );
    const link = screen.getByRole('link', { name: 'Semarang' });
    expect(link).toHaveAttribute('href', 'https://example.org/kota');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(container.querySelector('h2')).toBeNull();
    expect(screen.getByRole('heading', { level: 4, name: 'Latar kota' })).toBeInTheDocument();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('<b>x</b>');
  });

  it('keeps the shared tree of a text as it was after marks were laid on it', () => {
    const before = JSON.stringify(paragraphTree(text));
    render(<MarkdownParagraph paragraph={paragraph} marks={[at('Semarang', { 'data-entity': 'LOC' }), at('pasar baru', { 'data-search': 'true' })]} showImages={false} />);
    expect(JSON.stringify(paragraphTree(text))).toBe(before);
  });
});

describe('Toggle', () => {
  function Harness({ disabled = false }: { disabled?: boolean }) {
    const [on, setOn] = useState(false);
    return (
      <>
        <Toggle checked={on} onChange={setOn} label="Tampilkan peta" disabled={disabled} describedBy="hint" />
        <p id="hint">Peta dimuat dari situs lain.</p>
      </>
    );
  }

  it('is a switch named by its label that the reader turns on and off', async () => {
    render(<Harness />);
    const toggle = screen.getByRole('switch', { name: 'Tampilkan peta' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription('Peta dimuat dari situs lain.');
    await userEvent.click(screen.getByText('Tampilkan peta'));
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(toggle).not.toBeChecked();
  });

  it('does not move while disabled', async () => {
    render(<Harness disabled />);
    const toggle = screen.getByRole('switch', { name: 'Tampilkan peta' });
    expect(toggle).toBeDisabled();
    await userEvent.click(toggle);
    expect(toggle).not.toBeChecked();
  });
});
