import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { FormProvider, useForm } from 'react-hook-form';
import type { InMemoryCache } from '@apollo/client';
import { createCache } from '../app/apollo';
import { type AnswerFormValues, EMPTY_FORM } from '../features/submission/answer-draft';

/** Renders with a mocked GraphQL endpoint and the app's real cache policies. */
export function renderWithApollo(
  ui: ReactElement,
  { mocks = [], cache = createCache() }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; cache?: InMemoryCache } = {},
) {
  const result = render(
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      {ui}
    </MockedProvider>,
  );
  return { ...result, cache };
}

/** A react-hook-form context like the card's, for testing one answer input on its own. */
export function FormHarness({
  children,
  defaultValues,
  onSubmitValues,
}: {
  children: ReactNode;
  defaultValues?: Partial<AnswerFormValues>;
  onSubmitValues?: (values: AnswerFormValues) => void;
}) {
  const form = useForm<AnswerFormValues>({ defaultValues: { ...EMPTY_FORM, ...defaultValues } });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit((values) => onSubmitValues?.(values))}>
        {children}
        <button type="submit">kirim</button>
      </form>
    </FormProvider>
  );
}
