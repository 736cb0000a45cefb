import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SCORE_CATEGORIES, type ScoreCategory } from '@kecala/domain';
import { enumOf } from '../../graphql/enum-of.js';
import { Cluster } from '../indicator/indicator.types.js';
import { Kecamatan } from '../region/kecamatan.entity.js';

export const ScoreCategoryEnum = enumOf(SCORE_CATEGORIES);
registerEnumType(ScoreCategoryEnum, {
  name: 'ScoreCategory',
  description:
    'KLA ranking: NONE below 500, PRATAMA 500–600, MADYA (600–700], NINDYA (700–800], UTAMA (800–900], KLA (900–1000].',
  valuesConfig: {
    NONE: { description: 'Below 500: no KLA band.' },
    PRATAMA: { description: '500 to 600.' },
    MADYA: { description: 'Above 600, up to 700.' },
    NINDYA: { description: 'Above 700, up to 800.' },
    UTAMA: { description: 'Above 800, up to 900.' },
    KLA: { description: 'Above 900: Kota/Kecamatan Layak Anak.' },
  },
});

@ObjectType({ description: 'Points of one cluster against its maximum.' })
export class ClusterScore {
  @Field(() => Cluster, { description: 'The cluster.' })
  cluster: Cluster;

  @Field(() => Float, { description: 'Self-assessed points, from the saved answers.' })
  score: number;

  @Field(() => Int, { description: 'Most points the cluster can give.' })
  maxPoints: number;

  @Field(() => Int, { description: 'Indicators with a complete answer.' })
  answered: number;

  @Field(() => Int, { description: 'Indicators in the cluster.' })
  indicatorCount: number;

  @Field(() => Float, { description: 'Points of the VERIFIED indicators only, from their verified answers.' })
  verifiedScore: number;

  @Field(() => Int, { description: 'Indicators of the cluster that are VERIFIED.' })
  verified: number;
}

/**
 * The verified side of a kecamatan's year (KecamatanScore, ScoreboardEntry); no field returns it,
 * so the schema does not show it.
 */
@ObjectType()
export abstract class VerifiedTotals {
  @Field(() => Float, { description: 'Total of the verified answers only (unverified indicators count 0).' })
  verifiedTotal: number;

  @Field(() => ScoreCategoryEnum, { description: 'Band of the verified total.' })
  verifiedCategory: ScoreCategory;

  @Field(() => Int, { description: 'How many indicators are VERIFIED.' })
  verifiedCount: number;
}

@ObjectType({ description: "A kecamatan's score for one year, computed from its saved answers." })
export class KecamatanScore extends VerifiedTotals {
  @Field(() => Kecamatan, { description: 'The kecamatan.' })
  kecamatan: Kecamatan;

  @Field(() => Int, { description: 'Evaluation year.' })
  year: number;

  @Field(() => Float, {
    description: 'Self-assessed total out of maxTotal (1000 for the default set), from the saved answers.',
  })
  total: number;

  @Field(() => Int, { description: 'Most points possible (sum of maxPoints).' })
  maxTotal: number;

  @Field(() => ScoreCategoryEnum, { description: 'Band of the self-assessed total.' })
  category: ScoreCategory;

  @Field(() => [ClusterScore], { description: 'Points per cluster, in cluster order.' })
  clusters: ClusterScore[];
}
