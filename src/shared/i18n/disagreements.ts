import type { ArticleSpan, Discrepancy, Quantity } from '../digest/schema';
import type { Lang } from './index';

/** Names the article a span comes from (usually by its outlet) and an entity by its id. */
export interface Labels {
  article: (articleId: string) => string;
  entity: (entityId: string) => string;
}

const WEEKDAYS: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
};

const UNITS: Record<Lang, Record<string, string>> = {
  en: { year: 'years', month: 'months', week: 'weeks', day: 'days', decade: 'decades', hour: 'hours', minute: 'minutes', second: 'seconds' },
  id: { year: 'tahun', month: 'bulan', week: 'minggu', day: 'hari', decade: 'dekade', hour: 'jam', minute: 'menit', second: 'detik' },
};

const words = {
  en: {
    and: 'and',
    spelling: (forms: string) => `The name is spelled ${forms}.`,
    naming: (forms: string) => `The same body is named ${forms}.`,
    role: (forms: string) => `The same person is described as ${forms}.`,
    conversion: (forms: string) => `The amounts given as equal do not match: ${forms}.`,
    figures: (forms: string) => `Different figures for the same thing: ${forms}.`,
    eventDates: (forms: string) => `The same happening is dated ${forms}.`,
    repeated: (forms: string) => `The article repeats a passage with two dates: ${forms}.`,
    weekday: (text: string, date: string, actual: string, written: string) => `“${text}”: ${date} was a ${actual}, not a ${written}.`,
    readAs: (date: string) => ` Other dates suggest ${date} is meant.`,
    claim: (who: string, what: string, affirmed: string, negated: string) => `${who} “${what}”: ${affirmed} say so, ${negated} say not.`,
  },
  id: {
    and: 'dan',
    spelling: (forms: string) => `Nama ini dieja ${forms}.`,
    naming: (forms: string) => `Lembaga yang sama disebut ${forms}.`,
    role: (forms: string) => `Orang yang sama disebut ${forms}.`,
    conversion: (forms: string) => `Jumlah yang disebut setara tidak cocok: ${forms}.`,
    figures: (forms: string) => `Angka berbeda untuk hal yang sama: ${forms}.`,
    eventDates: (forms: string) => `Peristiwa yang sama diberi tanggal ${forms}.`,
    repeated: (forms: string) => `Artikel mengulang satu bagian dengan dua tanggal: ${forms}.`,
    weekday: (text: string, date: string, actual: string, written: string) => `“${text}”: ${date} jatuh pada hari ${actual}, bukan ${written}.`,
    readAs: (date: string) => ` Tanggal lain menunjukkan yang dimaksud ${date}.`,
    claim: (who: string, what: string, affirmed: string, negated: string) => `${who} “${what}”: menurut ${affirmed} ya, menurut ${negated} tidak.`,
  },
} satisfies Record<Lang, unknown>;

function list(items: string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words[lang].and} ${items[items.length - 1]}`;
}

function sources(spans: ArticleSpan[], label: Labels): string {
  return [...new Set(spans.map((s) => label.article(s.articleId)))].join(', ');
}

function day(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  const options: Intl.DateTimeFormatOptions = m[3] ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', options).format(date);
}

/** Units written before the figure ("magnitude 5.8") or against it ("12%"). */
const UNITS_BEFORE: Record<Lang, Record<string, string>> = { en: { magnitude: 'magnitude' }, id: { magnitude: 'magnitudo' } };
const UNITS_GLUED = new Set(['%']);

function amount(q: Quantity, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(q.amount);
  const before = UNITS_BEFORE[lang][q.unit];
  if (before) return `${before} ${n}`;
  if (UNITS_GLUED.has(q.unit)) return `${n}${q.unit}`;
  return `${n} ${UNITS[lang][q.unit] ?? q.unit}`;
}

/** One disagreement in the reader's language, from its kind and parameters. */
export function describeDisagreement(d: Discrepancy, lang: Lang, label: Labels): string {
  const w = words[lang];
  switch (d.kind) {
    case 'name-spelling':
    case 'name-variant':
    case 'role-or-title': {
      const forms = list(d.params.variants.map((v) => `“${v.text}” (${sources(v.spans, label)})`), lang);
      return d.kind === 'name-spelling' ? w.spelling(forms) : d.kind === 'name-variant' ? w.naming(forms) : w.role(forms);
    }
    case 'number': {
      const forms = list(d.params.values.map((v) => `${amount(v, lang)} (${sources(v.spans, label)})`), lang);
      return d.params.relation === 'conversion' ? w.conversion(forms) : w.figures(forms);
    }
    case 'date': {
      const forms = list(d.params.values.map((v) => `${day(v.value, lang)} (${sources(v.spans, label)})`), lang);
      return d.params.relation === 'event' ? w.eventDates(forms) : w.repeated(forms);
    }
    case 'weekday-date': {
      const p = d.params;
      const base = w.weekday(p.text, day(p.written, lang), WEEKDAYS[lang][p.actualWeekday]!, WEEKDAYS[lang][p.writtenWeekday]!);
      return p.readAs ? base + w.readAs(day(p.readAs, lang)) : base;
    }
    case 'claim-negation':
      return w.claim(label.entity(d.params.entityId), d.params.predicate, sources(d.params.affirmed, label), sources(d.params.negated, label));
  }
}
