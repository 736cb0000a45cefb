import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ScoreCategory } from '@kecala/domain';
import { Cluster } from '../indicator/indicator.types.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { ScoreBasisEnum, type ScoreBasis } from '../scoring/gap.types.js';
import { ScoreCategoryEnum } from '../scoring/scoring.types.js';

@ObjectType({ description: 'How many kecamatan are in one KLA category.' })
export class CategoryCount {
  @Field(() => ScoreCategoryEnum, { description: 'The category.' })
  category: ScoreCategory;

  @Field(() => Int, { description: 'How many kecamatan are in it (0 included).' })
  count: number;
}

@ObjectType({
  description: 'The city at a glance for one year: kecamatan per KLA category and how many count as layak anak.',
})
export class CityRollup {
  @Field(() => Int, { description: 'Evaluation year.' })
  year: number;

  @Field(() => ScoreBasisEnum, { description: 'Which points were counted.' })
  basis: ScoreBasis;

  @Field(() => Int, { description: 'Kecamatan counted (all of the city).' })
  kecamatanCount: number;

  @Field(() => [CategoryCount], { description: 'Every category, NONE first up to KLA, zeros included.' })
  categoryCounts: CategoryCount[];

  @Field(() => ScoreCategoryEnum, {
    description:
      'The lowest category that counts as layak anak: a setting (KECALA default PRATAMA) the city can change.',
  })
  minimumCategory: ScoreCategory;

  @Field(() => Int, { description: 'Kecamatan whose category is at least minimumCategory.' })
  layakAnakCount: number;

  @Field(() => Float, { description: 'layakAnakCount / kecamatanCount, from 0 to 1 (four decimals).' })
  layakAnakShare: number;

  @Field(() => Float, { description: 'Average total of the kecamatan on this basis.' })
  averageTotal: number;
}

@ObjectType({ description: 'A score of one cluster in a trend.' })
class TrendClusterScore {
  @Field(() => Cluster, { description: 'The cluster.' })
  cluster: Cluster;

  @Field(() => Float, { description: 'Points on the basis asked (for the city: the kecamatan average).' })
  score: number;
}

/**
 * What every point of a trend says of its year (Kecamatan/CityTrendPoint); no field returns it, so
 * the schema does not show it.
 */
@ObjectType()
abstract class TrendYear {
  @Field(() => Int, { description: 'Evaluation year.' })
  year: number;

  @Field(() => Boolean, { description: 'True when the year is generated demonstration history, not real data.' })
  demo: boolean;

  @Field(() => Boolean, {
    description: 'True while the period is open: answers are still being entered, so the total is not final.',
  })
  inProgress: boolean;
}

@ObjectType({ description: "One kecamatan's score in one evaluation year." })
export class KecamatanTrendPoint extends TrendYear {
  @Field(() => Float, { description: 'Total on the basis asked.' })
  total: number;

  @Field(() => ScoreCategoryEnum, { description: 'Band of that total.' })
  category: ScoreCategory;

  @Field(() => [TrendClusterScore], { description: 'Points per cluster, in cluster order.' })
  clusters: TrendClusterScore[];
}

@ObjectType({ description: 'One kecamatan across the years, oldest first.' })
export class KecamatanTrend {
  @Field(() => Kecamatan, { description: 'The kecamatan.' })
  kecamatan: Kecamatan;

  @Field(() => ScoreBasisEnum, { description: 'Which points were counted.' })
  basis: ScoreBasis;

  @Field(() => [KecamatanTrendPoint], { description: 'One point per evaluation year, oldest first.' })
  points: KecamatanTrendPoint[];
}

@ObjectType({ description: 'The city in one evaluation year: the average kecamatan and the kecamatan per category.' })
class CityTrendPoint extends TrendYear {
  @Field(() => Int, { description: 'Kecamatan counted.' })
  kecamatanCount: number;

  @Field(() => Float, { description: 'Average total of the kecamatan on the basis asked.' })
  total: number;

  @Field(() => ScoreCategoryEnum, { description: 'Band of the average total.' })
  category: ScoreCategory;

  @Field(() => [TrendClusterScore], { description: 'Average points per cluster, in cluster order.' })
  clusters: TrendClusterScore[];

  @Field(() => [CategoryCount], { description: 'Kecamatan per category, NONE first up to KLA, zeros included.' })
  categoryCounts: CategoryCount[];
}

@ObjectType({ description: 'The city across the years, oldest first.' })
export class CityTrend {
  @Field(() => ScoreBasisEnum, { description: 'Which points were counted.' })
  basis: ScoreBasis;

  @Field(() => [CityTrendPoint], { description: 'One point per evaluation year, oldest first.' })
  points: CityTrendPoint[];
}
