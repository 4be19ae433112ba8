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
