import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SCORE_CATEGORIES, type ScoreCategory } from '@kecala/domain';
import { enumOf } from '../../graphql/enum-of.js';
import { Cluster } from '../indicator/indicator.types.js';
import { Kecamatan } from '../region/kecamatan.entity.js';

export const ScoreCategoryEnum = enumOf(SCORE_CATEGORIES);
registerEnumType(ScoreCategoryEnum, {
  name: 'ScoreCategory',
  description: 'KLA ranking: NONE below 500, PRATAMA 500–600, MADYA (600–700], NINDYA (700–800], UTAMA (800–900], KLA (900–1000].',
});

@ObjectType({ description: 'Points of one cluster against its maximum.' })
export class ClusterScore {
  @Field(() => Cluster)
  cluster: Cluster;

  @Field(() => Float)
  score: number;

  @Field(() => Int)
  maxPoints: number;

  @Field(() => Int, { description: 'Indicators with a complete answer.' })
  answered: number;

  @Field(() => Int)
  indicatorCount: number;

  @Field(() => Float, { description: 'Points of the VERIFIED indicators only, from their verified answers.' })
  verifiedScore: number;

  @Field(() => Int, { description: 'Indicators of the cluster that are VERIFIED.' })
  verified: number;
}

@ObjectType({ description: 'A kecamatan\'s score for one year, computed from its saved answers.' })
export class KecamatanScore {
  @Field(() => Kecamatan)
  kecamatan: Kecamatan;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { description: 'Self-assessed total out of maxTotal (1000 for the default set), from the saved answers.' })
  total: number;

  @Field(() => Int)
  maxTotal: number;

  @Field(() => ScoreCategoryEnum)
  category: ScoreCategory;

  @Field(() => [ClusterScore])
  clusters: ClusterScore[];

  @Field(() => Float, { description: 'Total of the verified answers only (unverified indicators count 0).' })
  verifiedTotal: number;

  @Field(() => ScoreCategoryEnum)
  verifiedCategory: ScoreCategory;

  @Field(() => Int, { description: 'How many indicators are VERIFIED.' })
  verifiedCount: number;
}
