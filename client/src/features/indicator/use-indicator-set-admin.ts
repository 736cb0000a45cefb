import type { TFunction } from 'i18next';
import type { AddIndicatorInput, CopyIndicatorSetInput, UpdateIndicatorInput } from '../../gql/graphql';
import type { MutationFailure } from '../../shared/mutation-failure';
import { type InvalidOutcome, clientInvalid } from '../../shared/mutation-outcome';
import { failureText } from '../../shared/outcome-text';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import {
  AddIndicatorDocument,
  CopyIndicatorSetDocument,
  DeleteIndicatorDocument,
  DeleteIndicatorSetDocument,
  IndicatorSetDetailDocument,
  IndicatorSetsDocument,
  PublishIndicatorSetDocument,
  UpdateEvidenceRequirementsDocument,
  UpdateIndicatorDocument,
} from './indicator-set-admin.documents';
import { indicatorInputOf, ruleOf, ruleProblems, type IndicatorFormValues } from './scoring-rule-form';
import { plausibilityProblems } from './plausibility-rule-form';

/**
 * The indicator-set editor's mutations (copy, publish, delete a set; add, save, delete an
 * indicator), each resolving to its success, an `invalid` refusal or a failure.
 */

/** A refusal of the editor in words: each field error as `field: message` (the server's English). */
export function instrumentRefusalText(t: TFunction, outcome: InvalidOutcome | MutationFailure): string {
  if (outcome.kind === 'failed') return failureText(t, outcome);
  if (outcome.source === 'client') return outcome.message;
  return outcome.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ');
}

/** The fields an added and an edited indicator send alike, from the form's values. */
export function indicatorFieldsOf(values: IndicatorFormValues) {
  return { ...indicatorInputOf(values), scoringRule: ruleOf(values) };
}

/** The rule's own problems, found before sending (the server checks the same). */
function checkedRule(values: IndicatorFormValues): InvalidOutcome | null {
  const errors = [
    ...ruleProblems(values).map((message) => ({ field: 'scoringRule', code: 'INVALID', message })),
    ...plausibilityProblems(values.plausibility, values.measureType).map((p) => ({
      field: p.field,
      code: p.code,
      message: p.message,
    })),
  ];
  if (errors.length === 0) return null;
  return clientInvalid(errors, errors.map((e) => e.message).join('; '));
}

/** The set list, and the set being edited, fetched again before the outcome resolves. */
const refreshSet = (code: string) => ({
  refetchQueries: [IndicatorSetsDocument, { query: IndicatorSetDetailDocument, variables: { code } }],
  awaitRefetchQueries: true,
});

export function useCopySet() {
  const [run] = useOutcomeMutation(
    CopyIndicatorSetDocument,
    (d) => d.copyIndicatorSet,
    (set) => ({ kind: 'copied' as const, code: set.code }),
    { refetchQueries: [IndicatorSetsDocument], awaitRefetchQueries: true },
  );
  return (input: CopyIndicatorSetInput) => run({ input });
}

export function usePublishSet(code: string) {
  const [run, loading] = useOutcomeMutation(
    PublishIndicatorSetDocument,
    (d) => d.publishIndicatorSet,
    () => ({ kind: 'published' as const }),
    refreshSet(code),
  );
  return [() => run({ code }), loading] as const;
}

export function useDeleteSet() {
  const [run, loading] = useOutcomeMutation(
    DeleteIndicatorSetDocument,
    (d) => d.deleteIndicatorSet,
    (deleted) => ({ kind: 'deleted' as const, code: deleted.code }),
    { refetchQueries: [IndicatorSetsDocument], awaitRefetchQueries: true },
  );
  return [(code: string) => run({ code }), loading] as const;
}

/** Adds an indicator to a DRAFT set; the rule is checked first. */
export function useAddIndicator(setCode: string) {
  const [run] = useOutcomeMutation(
    AddIndicatorDocument,
    (d) => d.addIndicator,
    (added) => ({ kind: 'added' as const, code: added.code }),
    refreshSet(setCode),
  );
  return (values: IndicatorFormValues, input: AddIndicatorInput) => {
    const refused = checkedRule(values);
    return refused ? Promise.resolve(refused) : run({ input });
  };
}

/** Saves an indicator, then its checklist when it changed: the first refusal stops the save. */
export function useSaveIndicator(setCode: string, indicatorCode: string) {
  const saved = () => ({ kind: 'saved' as const });
  const [update] = useOutcomeMutation(UpdateIndicatorDocument, (d) => d.updateIndicator, saved, {
    refetchQueries: [IndicatorSetsDocument],
  });
  const [updateEvidence] = useOutcomeMutation(
    UpdateEvidenceRequirementsDocument,
    (d) => d.updateEvidenceRequirements,
    saved,
  );
  return async (values: IndicatorFormValues, input: UpdateIndicatorInput, evidenceChanged: boolean) => {
    const refused = checkedRule(values);
    if (refused) return refused;
    const outcome = await update({ input });
    if (outcome.kind !== 'saved' || !evidenceChanged) return outcome;
    return updateEvidence({ input: { setCode, indicatorCode, items: values.evidence } });
  };
}

/** Deletes an indicator of a DRAFT set; the refetched set no longer lists it. */
export function useDeleteIndicator(setCode: string, indicatorCode: string) {
  const [run, loading] = useOutcomeMutation(
    DeleteIndicatorDocument,
    (d) => d.deleteIndicator,
    () => ({ kind: 'deleted' as const }),
    refreshSet(setCode),
  );
  return [() => run({ setCode, indicatorCode }), loading] as const;
}
