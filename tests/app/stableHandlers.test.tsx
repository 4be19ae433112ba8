// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableHandlers } from '../../src/app/useStableHandlers';

describe('useStableHandlers', () => {
  it('keeps the same handlers across renders and calls the ones of the last render', () => {
    const calls: string[] = [];
    const { result, rerender } = renderHook(({ tag }) => useStableHandlers({ pick: (id: string) => calls.push(`${tag}:${id}`) }), { initialProps: { tag: 'first' } });
    const first = result.current;
    rerender({ tag: 'second' });
    expect(result.current).toBe(first);
    expect(result.current.pick).toBe(first.pick);
    first.pick('a');
    expect(calls).toEqual(['second:a']);
  });
});
