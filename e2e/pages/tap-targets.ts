import type { Page } from '@playwright/test';

/** What every page is measured by: each visible control the user can tap. */
export const INTERACTIVE =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex="0"]';
export const MIN_TAP = 44;

export interface TapTarget {
  text: string;
  width: number;
  height: number;
}

/**
 * Visible interactive elements smaller than 44 × 44 CSS px. A checkbox or radio — and a visually
 * hidden input such as a file picker — is tapped through its label, so its label is measured.
 */
export function smallTapTargets(page: Page): Promise<TapTarget[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const labelOf = (input: HTMLInputElement) =>
        input.closest('label') ??
        (input.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) : null);
      const small: { text: string; width: number; height: number }[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        let target: HTMLElement = element;
        if (element instanceof HTMLInputElement) {
          const box = element.getBoundingClientRect();
          const hidden = box.width <= 1 || box.height <= 1;
          if (element.type === 'checkbox' || element.type === 'radio' || hidden) target = labelOf(element) ?? element;
        }
        const { width, height } = target.getBoundingClientRect();
        if (width >= min && height >= min) continue;
        const name =
          element.getAttribute('aria-label') ||
          target.textContent ||
          element.getAttribute('name') ||
          element.getAttribute('type') ||
          '';
        small.push({
          text: `${name.replace(/\s+/g, ' ').trim().slice(0, 40)} <${element.tagName.toLowerCase()}>`,
          width: Math.round(width),
          height: Math.round(height),
        });
      }
      return small;
    },
    { selector: INTERACTIVE, min: MIN_TAP },
  );
}

/** Height from the top of the page to the bottom of the header and the main navigation, at scroll 0. */
export function headerAndNavHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const parts = [document.querySelector('header.app-header'), document.querySelector('nav.main-nav')].filter(
      (e): e is Element => e != null,
    );
    return Math.max(0, ...parts.map((e) => e.getBoundingClientRect().bottom));
  });
}

export function describeTargets(targets: readonly TapTarget[]): string {
  return targets.map((t) => `  ${t.text}: ${t.width}×${t.height}`).join('\n');
}
