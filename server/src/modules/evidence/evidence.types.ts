import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { Submission } from '../submission/submission.types.js';
import { NotAllowedError, PeriodClosedError, UserSummary, ValidationError } from '../../graphql/results.js';
import { EvidenceVerdict } from './evidence-file.entity.js';

@ObjectType({
  description: "One item of an indicator's evidence checklist (bukti dukung), e.g. the SK on the Gugus Tugas KLA.",
})
export class EvidenceRequirement {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => String, {
    description:
      'Stable code within the indicator, e.g. "SK_GUGUS_TUGAS_KLA"; send it as requirementCode when uploading.',
  })
  code: string;

  @Field(() => String, { description: 'Label in Bahasa Indonesia.' })
  label: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn: string;

  @Field(() => Boolean, {
    description: 'Submitting needs at least one file for this item that was not judged INSUFFICIENT.',
  })
  required: boolean;
}

@ObjectType({ description: 'A file of evidence attached to a submission for one checklist item.' })
export class EvidenceFile {
  @Field(() => ID, { description: 'Identifier; download at url.' })
  id: string;

  @Field(() => String, { description: 'Code of the checklist item (EvidenceRequirement.code) the file proves.' })
  requirementCode: string;

  @Field(() => String, {
    description: "The uploader's file name, sanitized; metadata only (the bytes are stored under a generated key).",
  })
  originalName: string;

  @Field(() => String, { description: 'Detected from the content: application/pdf, image/jpeg or image/png.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field(() => Date, { description: 'When the upload finished.' })
  uploadedAt: Date;

  @Field(() => UserSummary, { nullable: true, description: 'Who uploaded it.' })
  uploadedBy: UserSummary | null;

  @Field(() => EvidenceVerdict, { description: "The evaluator's judgement so far." })
  verdict: EvidenceVerdict;

  @Field(() => String, { nullable: true, description: 'Why the evaluator judged it so; always set for INSUFFICIENT.' })
  verdictReason: string | null;

  @Field(() => String, {
    description: 'Where to download it ("/evidence/<id>"), with the session cookie or bearer token.',
  })
  url: string;
}

@InputType({ description: "An evaluator's judgement of one evidence file." })
export class SetEvidenceVerdictInput {
  @Field(() => ID, { description: 'EvidenceFile.id.' })
  evidenceId: string;

  @Field(() => EvidenceVerdict, { description: 'PENDING takes a verdict back.' })
  verdict: EvidenceVerdict;

  @Field(() => String, {
    nullable: true,
    description: 'Required for INSUFFICIENT (what is missing or wrong); at most 2000 characters.',
  })
  reason?: string | null;
}

@ObjectType({
  description: 'The file was removed from its submission (kept, hidden, for the audit trail); its bytes are deleted.',
})
export class EvidenceRemoved {
  @Field(() => ID, { description: 'The removed file.' })
  evidenceId: string;

  @Field(() => Submission, { description: 'The submission as it is now, e.g. to refresh its evidence list.' })
  submission: Submission;
}

export const EvidenceVerdictResult = createUnionType({
  name: 'EvidenceVerdictResult',
  description: 'The judged file, or why the verdict was refused.',
  types: () => [EvidenceFile, ValidationError, NotAllowedError] as const,
});

export const RemoveEvidenceResult = createUnionType({
  name: 'RemoveEvidenceResult',
  description: 'The removal, or why it was refused.',
  types: () => [EvidenceRemoved, ValidationError, NotAllowedError, PeriodClosedError] as const,
});
