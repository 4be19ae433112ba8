import type { ArticleDoc, Token } from '../types';
import { scoreSpans, spansOf, type LabeledSentence, type Span } from './conll';
import { defaultTagger } from './default-tagger';
import type { Tagger } from './model';
import { recognize } from './recognize';

/** Builds an article (one sentence per line, words separated by spaces) from tokenised sentences. */
export function sentencesAsDocument(sentences: readonly string[][], id = 'dev'): ArticleDoc {
  const tokens: Token[] = [];
  const lines: ArticleDoc['lines'] = [];
  const docSentences: ArticleDoc['sentences'] = [];
  let text = '';
  sentences.forEach((words, paragraph) => {
    const lineStart = text.length;
    const tokenStart = tokens.length;
    words.forEach((w, i) => {
      if (i > 0) text += ' ';
      const kind = /^\p{N}/u.test(w) ? 'number' : /[\p{L}\p{N}]/u.test(w) ? 'word' : 'punct';
      tokens.push({ start: text.length, end: text.length + w.length, text: w, kind });
      text += w;
    });
    lines.push({ start: lineStart, end: text.length });
    docSentences.push({ start: lineStart, end: text.length, tokenStart, tokenEnd: tokens.length, paragraph });
    text += '\n';
  });
  return {
    id, file: `${id}.txt`, text, bodyStart: 0, frontMatter: {}, diagnostics: [], boilerplate: [], headings: [], lines, tokens,
    sentences: docSentences, outlet: null, published: null, sources: [], mentions: [], timex: [],
  };
}

/**
 * Scores the whole recognition stage (tagger plus rules) on labelled sentences. Each sentence
 * is its own document, so no consistency pass can borrow answers from another sentence.
 */
export function evaluateStage(set: readonly LabeledSentence[], tagger: Tagger = defaultTagger()) {
  const gold: Span[][] = [];
  const pred: Span[][] = [];
  for (const s of set) {
    const doc = recognize(sentencesAsDocument([s.words]), tagger);
    const startOf = new Map(doc.tokens.map((t, i) => [t.start, i]));
    const endOf = new Map(doc.tokens.map((t, i) => [t.end, i + 1]));
    gold.push(spansOf(s.tags));
    pred.push(doc.mentions.map((m) => ({ start: startOf.get(m.start) ?? -1, end: endOf.get(m.end) ?? -1, type: m.type })));
  }
  return scoreSpans(gold, pred);
}
