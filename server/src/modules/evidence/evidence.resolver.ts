import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Submission } from '../submission/submission.types.js';
import { EvidenceService } from './evidence.service.js';
import {
  EvidenceFile,
  EvidenceVerdictResult,
  RemoveEvidenceResult,
  SetEvidenceVerdictInput,
} from './evidence.types.js';

/** Evidence mutations. Files are uploaded over tus at /uploads and downloaded at /evidence/:id. */
@Resolver()
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Authorized()
  @Mutation(() => EvidenceVerdictResult, {
    description: 'An evaluator judges one evidence file of a SUBMITTED submission; INSUFFICIENT needs a reason.',
  })
  setEvidenceVerdict(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetEvidenceVerdictInput, { description: 'Which file and the verdict.' })
    input: SetEvidenceVerdictInput,
  ): Promise<typeof EvidenceVerdictResult> {
    return this.evidence.setVerdict(ctx, input);
  }

  @Authorized()
  @Mutation(() => RemoveEvidenceResult, {
    description: "The kecamatan's operator removes one evidence file while the submission is DRAFT or RETURNED.",
  })
  removeEvidence(
    @Ctx() ctx: RequestContext,
    @Arg('evidenceId', () => ID, { description: 'EvidenceFile.id.' }) evidenceId: string,
  ): Promise<typeof RemoveEvidenceResult> {
    return this.evidence.remove(ctx, evidenceId);
  }
}

/** Submission.evidence, batched per request (one statement for any number of submissions). */
@Resolver(() => Submission)
export class SubmissionEvidenceResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @FieldResolver(() => [EvidenceFile], {
    description: 'Evidence files attached to this answer (removed ones excluded), in checklist order.',
  })
  evidence(@Ctx() ctx: RequestContext, @Root() submission: Submission): Promise<EvidenceFile[]> {
    return this.evidenceService.listForSubmission(ctx, submission);
  }
}
