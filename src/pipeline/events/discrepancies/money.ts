import money from '../../../../data/lexicon/money.json';

export interface Amount {
  amount: number;
  unit: string;
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');
const alternation = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
const scales = money.scales as Record<string, number>;
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = `(?:\\s*(${alternation(Object.keys(scales))})\\b)?`;
const codeOf = new Map<string, string>();
for (const c of money.currencies) for (const w of [...c.before, ...c.after]) codeOf.set(w.toLowerCase(), c.code);
const BEFORE = alternation(money.currencies.flatMap((c) => c.before));
const AFTER = alternation(money.currencies.flatMap((c) => c.after));
// "Rp 2,3 triliun", "Rp6 miliar", "US$ 5 juta" | "7,3 juta dolar AS", "500 ribu rupiah"
const AMOUNT = new RegExp(String.raw`(?<![\p{L}\d])(?:(${BEFORE})\s?(${NUMBER})${SCALE}|(${NUMBER})${SCALE}\s+(${AFTER})(?![\p{L}]))`, 'giu');

/**
 * An Indonesian figure: the comma is the decimal mark and the point groups thousands ("2,3",
 * "1.250.000"); a point before other than three digits is read as a decimal mark.
 */
export function parseNumber(text: string): number {
  if (text.includes(',')) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text);
}

/** Amounts of money in a stretch of text, with offsets relative to `offset`. */
export function amountsIn(text: string, offset = 0): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, cur1, num1, scale1, num2, scale2, cur2] = m;
    const code = codeOf.get((cur1 ?? cur2 ?? '').toLowerCase());
    const value = parseNumber((num1 ?? num2)!);
    if (!code || !Number.isFinite(value)) continue;
    const scale = scales[(scale1 ?? scale2 ?? '').toLowerCase()] ?? 1;
    out.push({ amount: value * scale, unit: code, start: offset + m.index, end: offset + m.index + whole.length, text: whole });
  }
  return out;
}

const EQUIVALENCE = new RegExp(String.raw`^[\s,(]*(?:${alternation(money.equivalence)})?[\s,(]*$`, 'i');

/**
 * A foreign amount given "atau setara dengan" a rupiah amount whose rate lies outside what the
 * currency has ever been worth: one of the two figures is wrong.
 */
export function badConversions(text: string, offset = 0): [Amount, Amount][] {
  const amounts = amountsIn(text, offset);
  const out: [Amount, Amount][] = [];
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1]!;
    const range = (money.idrPerUnit as Record<string, number[]>)[a.unit];
    if (!range || b.unit !== 'IDR' || !EQUIVALENCE.test(text.slice(a.end - offset, b.start - offset))) continue;
    const rate = b.amount / a.amount;
    if (rate < range[0]! || rate > range[1]!) out.push([a, b]);
  }
  return out;
}
