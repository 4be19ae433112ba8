import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handler's arguments
type Handlers = Record<string, (...args: any[]) => unknown>;

/** Handlers made once, each calling its namesake in `box` when it runs. */
function forward<T extends Handlers>(names: readonly string[], box: RefObject<T>): T {
  return Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => box.current[name]!(...args)])) as T;
}

/**
 * Handlers that stay the same for the component's life and call the ones of its last render
 * when they run (after the commit). A memoised part of the page can take them and need not
 * render again each time a handler's closure would change.
 */
export function useStableHandlers<T extends Handlers>(latest: T): T {
  const box = useRef(latest);
  // the handlers only keep the box; they read it when called, never during a render
  // eslint-disable-next-line react-hooks/refs
  const [handlers] = useState(() => forward(Object.keys(latest), box));
  useLayoutEffect(() => {
    box.current = latest;
  });
  return handlers;
}
