import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `then` once the next frame has painted (a task queued from a frame's callback runs after
 * its paint), or after `fallbackMs` in a page that draws no frames. Returns a cancel function.
 */
export function afterPaint(then: () => void, fallbackMs = 200): () => void {
  let frame = 0;
  let task: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    cancel();
    then();
  };
  const fallback = setTimeout(done, fallbackMs);
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => (task = setTimeout(done, 0)));
  function cancel() {
    clearTimeout(fallback);
    if (task !== undefined) clearTimeout(task);
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  }
  return cancel;
}

/**
 * False until the frame after the component's first render has painted, then true: a part of
 * the page that can come a frame later (many small boxes in a fixed place) leaves that first
 * paint to the text. The change renders as a transition, so it never holds up the reader.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
