// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
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
    rerender(<MarkdownParagraph paragraph={paragraph} marks={[at('Sulastri', { 'data-entity': 'PER', 'data-dimmed': 'true' })]} showImages={false} />);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(container.querySelector('mark[data-dimmed="true"]')).toHaveTextContent('Sulastri');
    expect(container.querySelector('strong mark')).not.toBeNull();
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
