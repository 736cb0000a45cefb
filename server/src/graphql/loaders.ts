import type { DataSource } from 'typeorm';
import { createEvidenceLoaders, type EvidenceLoaders } from '../modules/evidence/evidence.loaders.js';
import { createCommentLoaders, type CommentLoaders } from '../modules/comment/comment.loaders.js';
import { createRegionLoaders, type RegionLoaders } from '../modules/region/region.loaders.js';
import {
  createPreviousYearLoaders,
  type PreviousYearLoaders,
} from '../modules/submission/submission-previous-year.loaders.js';

/**
 * Request-scoped batch loaders, one set per module (`modules/<feature>/<feature>.loaders.ts`):
 * one statement per kind of row, however many parents ask.
 */
export type Loaders = RegionLoaders & EvidenceLoaders & PreviousYearLoaders & CommentLoaders;

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    ...createRegionLoaders(dataSource),
    ...createEvidenceLoaders(dataSource),
    ...createPreviousYearLoaders(dataSource),
    ...createCommentLoaders(dataSource),
  };
}
