import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink } from '@apollo/client/testing';
import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { FormProvider, useForm } from 'react-hook-form';
import type { InMemoryCache } from '@apollo/client';
import { createCache } from '../app/apollo';
import { OutboxProvider } from '../features/outbox/OutboxProvider';
import { createMemoryEvidenceStore, createMemoryOutboxStore } from '../features/outbox/outbox-store';
import { type AnswerFormValues, EMPTY_FORM } from '../features/submission/answer-draft';

/**
 * A link that holds every operation until `gate` resolves: a test sees the in-flight state for as
 * long as it needs, whatever the machine's speed (no mock delays to race against).
 */
function gatedMockLink(gate: Promise<unknown>, mocks: ReadonlyArray<MockLink.MockedResponse>): ApolloLink {
  const hold = new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: { unsubscribe(): void } | undefined;
        void gate.then(() => {
          subscription = forward(operation).subscribe(observer);
        });
        return () => subscription?.unsubscribe();
      }),
  );
  return ApolloLink.from([hold, new MockLink(mocks, { defaultOptions: { delay: 0 } })]);
}

/** Renders with a mocked GraphQL endpoint and the app's real cache policies; `gate` holds every operation until it resolves. */
export function renderWithApollo(
  ui: ReactElement,
  {
    mocks = [],
    cache = createCache(),
    gate,
  }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; cache?: InMemoryCache; gate?: Promise<unknown> } = {},
) {
  const store = createMemoryOutboxStore();
  const evidenceStore = createMemoryEvidenceStore();
  // A wrapper (not a wrapping element), so `rerender` keeps the providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider
      mocks={mocks}
      cache={cache}
      mockLinkDefaultOptions={{ delay: 0 }}
      link={gate ? gatedMockLink(gate, mocks) : undefined}
    >
      <OutboxProvider userId="test-operator" store={store} evidenceStore={evidenceStore}>
        {children}
      </OutboxProvider>
    </MockedProvider>
  );
  const result = render(ui, { wrapper });
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
