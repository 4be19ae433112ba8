/** A piece of a compared sentence: words both have, words only the other has, or words only the chosen one has. */
export interface DiffSegment {
  text: string;
  op: 'same' | 'added' | 'removed';
}

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

/** Case and diacritics do not make two words different ("Vladivostók" = "vladivostok"). */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words are runs of letters and digits: a hyphen or an apostrophe splits ("Jong-un" = "Jong Un"). */
export function wordTokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], key: foldWord(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

type Op = { op: 'same' | 'added'; b: number } | { op: 'removed'; a: number };

/** The edit script of a longest common subsequence of the two token lists. */
function lcsScript(a: readonly Token[], b: readonly Token[]): Op[] {
  const w = b.length + 1;
  const table = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * w + j] = a[i]!.key === b[j]!.key ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.key === b[j]!.key) {
      ops.push({ op: 'same', b: j++ });
      i++;
    } else if (i < a.length && (j >= b.length || table[(i + 1) * w + j]! >= table[i * w + j + 1]!)) ops.push({ op: 'removed', a: i++ });
    // a replaced word reads as the old one struck out, then the new one
    else ops.push({ op: 'added', b: j++ });
  }
  return ops;
}

export interface WordDiff {
  /** The other sentence, with the chosen sentence's missing words put in where they fell out. */
  segments: DiffSegment[];
  /** Words only the other sentence has, and words only the chosen one has. */
  added: number;
  removed: number;
  /** Shared words over the longer sentence's words, 0..1. */
  similarity: number;
}

/**
 * A word-level comparison of `other` against `base`, as collation tools show variants: the words
 * are aligned by a longest common subsequence over folded words; spaces and punctuation between
 * words are the other sentence's own and never count as a difference.
 */
export function diffWords(base: string, other: string): WordDiff {
  const a = wordTokens(base);
  const b = wordTokens(other);
  const raw: DiffSegment[] = [];
  let pos = 0;
  const script = lcsScript(a, b);
  const same = script.filter((s) => s.op === 'same').length;
  for (const step of script) {
    if (step.op === 'removed') {
      raw.push({ text: a[step.a]!.text, op: 'removed' });
      continue;
    }
    const token = b[step.b]!;
    if (token.start > pos) raw.push({ text: other.slice(pos, token.start), op: 'same' });
    raw.push({ text: token.text, op: step.op });
    pos = token.end;
  }
  if (pos < other.length) raw.push({ text: other.slice(pos), op: 'same' });
  const segments = spaced(raw);
  const count = (op: Op['op']) => script.filter((s) => s.op === op).length;
  return { segments, added: count('added'), removed: count('removed'), similarity: same / Math.max(1, a.length, b.length) };
}

/**
 * A removed word gets a space on each side it touches a word; a run of words of one kind becomes
 * one segment, the spaces between them included.
 */
function spaced(raw: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  raw.forEach((s, i) => {
    const prev = out[out.length - 1];
    if (prev && (s.op === 'removed' || raw[i - 1]?.op === 'removed') && /[\p{L}\p{N}]$/u.test(prev.text) && /^[\p{L}\p{N}]/u.test(s.text)) {
      out.push({ text: ' ', op: prev.op === 'removed' && s.op === 'removed' ? 'removed' : 'same' });
    }
    out.push({ ...s });
  });
  const joined: DiffSegment[] = [];
  out.forEach((s, i) => {
    const last = joined[joined.length - 1];
    const between = s.op === 'same' && /^\s+$/.test(s.text) && last && last.op !== 'same' && out[i + 1]?.op === last.op;
    if (last && (last.op === s.op || between)) last.text += s.text;
    else joined.push({ ...s });
  });
  return joined;
}
