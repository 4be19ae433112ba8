// The project's own measures of pipeline output against a hand-made gold annotation (the
// standoff format): precision/recall/F1 per layer, B-cubed for entity clusters.
type Span = { start: number; end: number };
type GoldMention = Span & { type: string; id: string; nested?: boolean; dateline?: boolean; borderline?: boolean };
type GoldTimex = Span & { value: string; altValues?: string[]; borderline?: boolean };
type GoldArticle = {
  outlet: { name: string; domain?: string } | null;
  published?: string | null;
  publishedConfidence?: number;
  publishedAlt?: string[];
  boilerplate: [number, number][];
  sentences: [number, number][];
  entities: GoldMention[];
  timex: GoldTimex[];
};
export type Gold = {
  articles: Record<string, GoldArticle>;
  events: { date: string; mentions: (Span & { file: string; sentenceIndex?: number })[] }[];
  discrepancies: { tier: string; spans: (Span & { file: string })[] }[];
};
type PredArticle = {
  outlet: { name: string; domain: string | null } | null;
  published: string | null;
  boilerplate: number[][];
  sentences: number[][];
  entities: (Span & { type: string; id: string })[];
  timex: (Span & { value: string })[];
};
export type Pred = {
  articles: Record<string, PredArticle>;
  events: { date: string; mentions: (Span & { file: string })[] }[];
  discrepancies: { spans: (Span & { file: string })[] }[];
};

export const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function entityScores(gold: Gold, pred: Pred) {
  let tp = 0, fp = 0, fn = 0;
  const pairs: [string, string][] = [];
  for (const [file, g] of Object.entries(gold.articles)) {
    const key = (m: Span) => `${m.start}:${m.end}`;
    const required = new Map(g.entities.filter((m) => !m.nested && !m.dateline && !m.borderline).map((m) => [key(m), m]));
    const optional = new Set(g.entities.filter((m) => m.nested || m.dateline || m.borderline).map(key));
    const seen = new Set<string>();
    for (const m of pred.articles[file]?.entities ?? []) {
      const k = key(m);
      if (seen.has(k)) continue;
      seen.add(k);
      const gm = required.get(k);
      if (gm) {
        pairs.push([gm.id, m.id]);
        if (gm.type === m.type) tp++;
        else { fp++; fn++; }
      } else if (!optional.has(k)) fp++;
    }
    for (const k of required.keys()) if (!seen.has(k)) fn++;
  }
  return { f1: f1(tp, fp, fn), aliasBcubed: bcubed(pairs) };
}

function bcubed(pairs: [string, string][]): number {
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const g = count(pairs.map(([a]) => a)), p = count(pairs.map(([, b]) => b)), both = count(pairs.map(([a, b]) => `${a}\u0000${b}`));
  let P = 0, R = 0;
  for (const [a, b] of pairs) {
    const n = both.get(`${a}\u0000${b}`)!;
    P += n / p.get(b)!;
    R += n / g.get(a)!;
  }
  P /= pairs.length || 1;
  R /= pairs.length || 1;
  return P + R ? (2 * P * R) / (P + R) : 0;
}

export function timexScores(gold: Gold, pred: Pred) {
  let tp = 0, fp = 0, fn = 0, valueOk = 0, goldTotal = 0;
  for (const [file, g] of Object.entries(gold.articles)) {
    const predicted = [...(pred.articles[file]?.timex ?? [])].sort((a, b) => a.start - b.start);
    const required = g.timex.filter((t) => !t.borderline);
    const optional = g.timex.filter((t) => t.borderline);
    const used = new Set<number>();
    goldTotal += required.length;
    for (const gt of required) {
      let best = -1, bestScore = -1;
      predicted.forEach((pt, i) => {
        if (used.has(i) || !overlap(gt, pt)) return;
        const score = pt.start === gt.start && pt.end === gt.end ? Infinity : Math.min(gt.end, pt.end) - Math.max(gt.start, pt.start);
        if (score > bestScore) { best = i; bestScore = score; }
      });
      if (best < 0) { fn++; continue; }
      used.add(best);
      tp++;
      if ([gt.value, ...(gt.altValues ?? [])].includes(predicted[best]!.value)) valueOk++;
    }
    predicted.forEach((pt, i) => {
      if (!used.has(i) && !optional.some((o) => overlap(o, pt))) fp++;
    });
  }
  const vp = tp + fp ? valueOk / (tp + fp) : 0, vr = goldTotal ? valueOk / goldTotal : 0;
  return { f1: f1(tp, fp, fn), valueF1: vp + vr ? (2 * vp * vr) / (vp + vr) : 0 };
}

const normName = (s: string | null | undefined) => String(s ?? '').toLowerCase().replace(/^www\./, '').replace(/[^a-z0-9.]/g, '');

export function metadataScores(gold: Gold, pred: Pred) {
  let outletOk = 0, publishedOk = 0, publishedN = 0, goldChars = 0, covered = 0, overreach = 0;
  let stp = 0, sfp = 0, sfn = 0;
  for (const [file, g] of Object.entries(gold.articles)) {
    const p = pred.articles[file];
    const go = g.outlet, po = p?.outlet ?? null;
    if (go === null ? po === null : po !== null && (normName(po.name) === normName(go.name) || normName(po.domain) === normName(go.domain))) outletOk++;
    if (g.published && (g.publishedConfidence ?? 1) >= 0.8) {
      publishedN++;
      if ([g.published, ...(g.publishedAlt ?? [])].includes(String(p?.published ?? '').slice(0, 10))) publishedOk++;
    }
    const inside = (spans: number[][], i: number) => spans.some(([s, e]) => i >= s! && i < e!);
    const len = Math.max(0, ...g.boilerplate.map(([, e]) => e), ...(p?.boilerplate ?? []).map(([, e]) => e!));
    for (let i = 0; i < len; i++) {
      const G = inside(g.boilerplate, i), P = inside(p?.boilerplate ?? [], i);
      if (G) goldChars++;
      if (G && P) covered++;
      if (!G && P) overreach++;
    }
    const goldEnds = new Set(g.sentences.map(([, e]) => e));
    const predEnds = new Set((p?.sentences ?? []).map(([, e]) => e!));
    for (const e of predEnds) {
      if (goldEnds.has(e)) stp++;
      else if (!g.boilerplate.some(([s, end]) => e > s && e <= end)) sfp++;
    }
    for (const e of goldEnds) if (!predEnds.has(e)) sfn++;
  }
  const n = Object.keys(gold.articles).length;
  return {
    outlet: outletOk / n,
    published: publishedN ? publishedOk / publishedN : 1,
    boilerplateRemoved: goldChars ? covered / goldChars : 1,
    bodyCharsRemoved: overreach,
    sentenceEndsF1: f1(stp, sfp, sfn),
  };
}

export function eventScores(gold: Gold, pred: Pred) {
  const sentenceOf = (file: string, m: Span) => {
    const ss = gold.articles[file]?.sentences ?? [];
    let best = -1, bestOverlap = 0;
    ss.forEach(([s, e], i) => {
      const o = Math.min(e, m.end) - Math.max(s, m.start);
      if (o > bestOverlap) { best = i; bestOverlap = o; }
    });
    return `${file}#${best}`;
  };
  const predicted = pred.events.map((e) => ({ date: e.date, keys: new Set(e.mentions.map((m) => sentenceOf(m.file, m))) }));
  const sameDate = (g: string, p: string) => g === p || (p.startsWith(g) && /^\d{4}/.test(g)) || (g.startsWith(p) && /^\d{4}/.test(p) && p.length >= 7);
  let found = 0, multi = 0, merged = 0;
  const goldKeys = new Set<string>();
  for (const ge of gold.events) {
    const keys = new Set(ge.mentions.map((m) => sentenceOf(m.file, m)));
    keys.forEach((k) => goldKeys.add(k));
    const hits = predicted.filter((pe) => [...pe.keys].some((k) => keys.has(k)));
    if (hits.some((pe) => sameDate(ge.date, pe.date))) found++;
    if (new Set(ge.mentions.map((m) => m.file)).size >= 2) {
      multi++;
      if (hits.some((pe) => new Set([...pe.keys].filter((k) => keys.has(k)).map((k) => k.split('#')[0])).size >= 2)) merged++;
    }
  }
  const all = predicted.flatMap((pe) => [...pe.keys]);
  return {
    foundWithDate: found / gold.events.length,
    crossOutletMerged: multi ? merged / multi : 1,
    mentionsInGoldEvents: all.length ? all.filter((k) => goldKeys.has(k)).length / all.length : 0,
  };
}

export function discrepancyRecall(gold: Gold, pred: Pred, tier: string): number {
  const wanted = gold.discrepancies.filter((d) => d.tier === tier);
  const found = wanted.filter((gd) => {
    const files = new Set(gd.spans.map((s) => s.file));
    const need = Math.min(2, gd.spans.length);
    return pred.discrepancies.some((pd) => {
      const touched = gd.spans.filter((gs) => pd.spans.some((ps) => ps.file === gs.file && overlap(ps, gs)));
      return touched.length >= need || (files.size === 1 && touched.length >= 1);
    });
  });
  return wanted.length ? found.length / wanted.length : 1;
}
