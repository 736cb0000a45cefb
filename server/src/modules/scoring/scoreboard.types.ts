import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ScoreCategory } from '@kecala/domain';
import { PageInfo } from '../../graphql/connection.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { ClusterScore, ScoreCategoryEnum, VerifiedTotals } from './scoring.types.js';

export enum ScoreboardOrder {
  TOTAL_DESC = 'TOTAL_DESC',
  TOTAL_ASC = 'TOTAL_ASC',
}

registerEnumType(ScoreboardOrder, {
  name: 'ScoreboardOrder',
  description: 'Order of scoreboardConnection, on the total of the chosen basis.',
  valuesConfig: {
    TOTAL_DESC: { description: 'Highest total first; equal totals by kecamatan code, ascending.' },
    TOTAL_ASC: {
      description:
        'Lowest total first: exactly the reverse of TOTAL_DESC (equal totals by kecamatan code, descending).',
    },
  },
});

@ObjectType({ description: 'One kecamatan on a scoreboard page: its totals for the year, from the maintained totals.' })
export class ScoreboardEntry extends VerifiedTotals {
  @Field(() => Kecamatan, { description: 'The kecamatan.' })
  kecamatan: Kecamatan;

  @Field(() => Int, { description: 'Evaluation year.' })
  year: number;

  @Field(() => Float, { description: 'Self-assessed total, from the saved answers.' })
  total: number;

  @Field(() => ScoreCategoryEnum, { description: 'Band of the self-assessed total.' })
  category: ScoreCategory;

  @Field(() => Int, { description: 'Indicators with a complete answer.' })
  answered: number;

  /** Period of the entry, for the clusters loader. */
  periodId: string;

  // clusters: ScoreboardEntryResolver (one batched statement per page, only when selected).
  clusters?: ClusterScore[];
}

@ObjectType({ description: 'One scoreboard entry of a page and its cursor.' })
class ScoreboardEdge {
  @Field(() => String, { description: "Opaque position of this entry in the board's order." })
  cursor: string;

  @Field(() => ScoreboardEntry, { description: 'The entry.' })
  node: ScoreboardEntry;
}

@ObjectType({ description: 'A page of a national, province or kab/kota scoreboard, in total order.' })
export class ScoreboardConnection {
  @Field(() => [ScoreboardEdge], { description: 'The entries of this page.' })
  edges: ScoreboardEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue after.' })
  pageInfo: PageInfo;

  /** Counts on demand: one more statement, only when totalCount is asked for. */
  countTotal: () => Promise<number>;

  @Field(() => Int, {
    description: 'How many kecamatan the whole board has (one more SQL statement; ask only when needed).',
  })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}
