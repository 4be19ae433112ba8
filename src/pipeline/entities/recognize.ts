import type { ArticleDoc, EntityMentionDraft } from '../types';
import { harmonize, type TaggedDoc } from './consistency';
import { tagSentence, type WordSpan } from './model';
import { capitalisedInside, cleanSpan, domainSpans, organisationRuns, splitAtGlue } from './rules';
import { sentenceWords } from './words';

const overlaps = (a: WordSpan, b: WordSpan) => a.start < b.end && b.start < a.end;

/** Tags every sentence and applies the span rules (no cross-sentence consistency yet). */
export function tagDocument(doc: ArticleDoc): TaggedDoc {
  const words = sentenceWords(doc);
  const used = capitalisedInside(words);
  const spans = words.map((ws) => {
    const model = tagSentence(ws.map((w) => w.text)).flatMap((s) => splitAtGlue(s, ws));
    // pattern spans (site names, organisation runs) win over what the tagger says there, but
    // an organisation run stops where the tagger sees a person ("Partai X Budi Santoso")
    const runs = organisationRuns(ws)
      .map((r) => ({ ...r, end: Math.min(r.end, ...model.filter((m) => m.type === 'PER' && m.start > r.start && m.start < r.end).map((m) => m.start)) }))
      .filter((r) => r.end - r.start >= 2);
    const fixed = [...domainSpans(ws), ...runs].filter((s, k, all) => !all.slice(0, k).some((o) => overlaps(o, s)));
    const tagged = model
      .map((s) => cleanSpan(s, ws, used))
      .filter((s): s is WordSpan => s !== null && !fixed.some((d) => overlaps(d, s)));
    return [...tagged, ...fixed].sort((a, b) => a.start - b.start);
  });
  return { words, spans };
}

export function toMentions(doc: ArticleDoc, tagged: TaggedDoc): EntityMentionDraft[] {
  const mentions: EntityMentionDraft[] = [];
  tagged.spans.forEach((spans, k) => {
    const words = tagged.words[k]!;
    for (const s of spans) {
      const start = words[s.start]!.start;
      const end = words[s.end - 1]!.end;
      mentions.push({ start, end, type: s.type, text: doc.text.slice(start, end) });
    }
  });
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Word spans for mentions already on a document (so story-level passes can revisit them). */
export function fromMentions(tagged: Pick<TaggedDoc, 'words'>, mentions: readonly EntityMentionDraft[]): TaggedDoc {
  const spans: WordSpan[][] = tagged.words.map(() => []);
  for (const m of mentions) {
    tagged.words.forEach((words, k) => {
      const s = words.findIndex((w) => w.start === m.start);
      const e = words.findIndex((w) => w.end === m.end);
      if (s >= 0 && e >= s) spans[k]!.push({ start: s, end: e + 1, type: m.type });
    });
  }
  return { words: tagged.words, spans };
}

export function recognize(doc: ArticleDoc): ArticleDoc {
  const tagged = tagDocument(doc);
  harmonize([tagged]);
  return { ...doc, mentions: toMentions(doc, tagged) };
}
