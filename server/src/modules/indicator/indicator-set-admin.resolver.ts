import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { IndicatorSetAdminService } from './indicator-set-admin.service.js';
import {
  AddIndicatorInput,
  CopyIndicatorSetInput,
  DeleteIndicatorSetResult,
  IndicatorResult,
  IndicatorSetDetail,
  IndicatorSetOverview,
  IndicatorSetResult,
  UpdateEvidenceRequirementsInput,
  UpdateIndicatorInput,
} from './indicator-set-admin.types.js';

@Resolver()
export class IndicatorSetAdminResolver {
  constructor(private readonly sets: IndicatorSetAdminService) {}

  @Authorized([Role.ADMIN])
  @Query(() => [IndicatorSetOverview], {
    description: 'Admin: every indicator set with its status, total maxPoints and the periods using it, by code.',
  })
  indicatorSets(@Ctx() ctx: RequestContext): Promise<IndicatorSetOverview[]> {
    return this.sets.list(ctx);
  }

  @Authorized([Role.ADMIN])
  @Query(() => IndicatorSetDetail, {
    nullable: true,
    description: 'Admin: one indicator set with its indicators, rules and checklists (null when unknown).',
  })
  indicatorSetDetail(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'IndicatorSet.code.' }) code: string,
  ): Promise<IndicatorSetDetail | null> {
    return this.sets.detail(ctx, code);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IndicatorSetResult, {
    description: 'Admin: copy a set (indicators, rules, checklists; new ids) into a new DRAFT set. Audited.',
  })
  copyIndicatorSet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CopyIndicatorSetInput, { description: 'Source and new code and name.' })
    input: CopyIndicatorSetInput,
  ): Promise<typeof IndicatorSetResult> {
    return this.sets.copy(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IndicatorResult, {
    description:
      'Admin: edit one indicator of a set not used by a period with answers; the rule must fit the measure type and give exactly maxPoints. A published set returns to DRAFT. Audited.',
  })
  updateIndicator(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateIndicatorInput, { description: 'The indicator and its new fields.' })
    input: UpdateIndicatorInput,
  ): Promise<typeof IndicatorResult> {
    return this.sets.updateIndicator(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IndicatorResult, {
    description:
      "Admin: replace an indicator's evidence checklist (at least one required item) in a set not used by a period with answers. Audited.",
  })
  updateEvidenceRequirements(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateEvidenceRequirementsInput, { description: 'The indicator and its whole checklist.' })
    input: UpdateEvidenceRequirementsInput,
  ): Promise<typeof IndicatorResult> {
    return this.sets.updateEvidenceRequirements(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IndicatorResult, {
    description:
      'Admin: add an indicator (rule checked like updateIndicator; optional checklist) to a DRAFT set not used by a period with answers, at a place within its cluster. Audited.',
  })
  addIndicator(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddIndicatorInput, { description: 'The set and the new indicator.' }) input: AddIndicatorInput,
  ): Promise<typeof IndicatorResult> {
    return this.sets.addIndicator(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IndicatorSetResult, {
    description:
      'Admin: delete an indicator and its checklist from a DRAFT set not used by a period with answers; returns the set with its new total. Audited.',
  })
  deleteIndicator(
    @Ctx() ctx: RequestContext,
    @Arg('setCode', () => String, { description: 'Code of the DRAFT set.' }) setCode: string,
    @Arg('indicatorCode', () => String, { description: 'Code of the indicator within the set.' }) indicatorCode: string,
  ): Promise<typeof IndicatorSetResult> {
    return this.sets.deleteIndicator(ctx, setCode, indicatorCode);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => DeleteIndicatorSetResult, {
    description: 'Admin: delete a DRAFT set that no period uses, with its indicators and checklists. Audited.',
  })
  deleteIndicatorSet(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'IndicatorSet.code.' }) code: string,
  ): Promise<typeof DeleteIndicatorSetResult> {
    return this.sets.deleteSet(ctx, code);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IndicatorSetResult, {
    description:
      'Admin: publish a DRAFT set once its maxPoints add up to exactly 1000 and every rule is consistent; only published sets can be chosen by openPeriod. Audited.',
  })
  publishIndicatorSet(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'IndicatorSet.code.' }) code: string,
  ): Promise<typeof IndicatorSetResult> {
    return this.sets.publish(ctx, code);
  }
}
