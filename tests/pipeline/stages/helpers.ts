import { runArticle } from '../../../src/pipeline/index';
import { boilerplate } from '../../../src/pipeline/stages/boilerplate';
import { decodeArticle } from '../../../src/pipeline/stages/decode';
import { metadata } from '../../../src/pipeline/stages/metadata';
import { sentences } from '../../../src/pipeline/stages/sentences';
import { tokenize } from '../../../src/pipeline/stages/tokenize';
import type { ArticleDoc } from '../../../src/pipeline/types';

export const bytes = (text: string) => new TextEncoder().encode(text);

/** Runs decode and the text stages (no entities or dates) over one article. */
export function textStages(text: string, file = 'a.txt'): ArticleDoc {
  const { doc, diagnostics } = decodeArticle({ file, bytes: bytes(text) });
  if (!doc) throw new Error(`not decoded: ${diagnostics.map((d) => d.message).join('; ')}`);
  return runArticle(doc, [boilerplate, tokenize, metadata, sentences]);
}

export const sentenceTexts = (doc: ArticleDoc) => doc.sentences.map((s) => doc.text.slice(s.start, s.end));
