import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../server/src/database/seed/data');
const readSeed = (file: string) => JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8'));

type Pair = [bahasa: string | null | undefined, english: string | null | undefined];

/**
 * Every seeded Bahasa text of KLA-24 that has an English translation: cluster and indicator names,
 * short names, guidance, measure labels and units, option labels, evidence checklist items. A text
 * that is also part of an English text (an acronym such as "PMBA" or "SRA") is left out: it is
 * English too.
 */
export function translatedBahasaTexts(): string[] {
  const set = readSeed('indicator-set-kla-24.json');
  const checklist = readSeed('evidence-checklist-kla-24.json');
  const pairs: Pair[] = [
    ...set.clusters.map((c: any): Pair => [c.name, c.nameEn]),
    ...set.indicators.flatMap((i: any): Pair[] => [
      [i.name, i.nameEn],
      [i.shortName, i.shortNameEn],
      [i.guidance, i.guidanceEn],
      [i.numeratorLabel, i.numeratorLabelEn],
      [i.denominatorLabel, i.denominatorLabelEn],
      [i.unit, i.unitEn],
      ...(i.scoringRule.options ?? []).map((o: any): Pair => [o.label, o.labelEn]),
    ]),
    ...Object.values(checklist.requirements)
      .flat()
      .map((r: any): Pair => [r.label, r.labelEn]),
  ];
  const translated = pairs.filter(([id, en]) => id && en && id !== en).map(([id]) => id!);
  const english = pairs.map(([, en]) => en ?? '').join('\n');
  return [...new Set(translated)].filter((text) => !containsWord(english, text));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` occurs in `haystack` as whole words (so "anak" is not found inside "Layak Anak" or "kanak"). */
export function containsWord(haystack: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * What a reader of the page gets: the rendered text with every <details> open, plus the accessible
 * names and titles given by attributes (form values are the user's, not the page's).
 */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, document.title, ...attributes].join('\n');
  });
}
