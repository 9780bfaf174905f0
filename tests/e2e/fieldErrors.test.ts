// A customer with a bad e-mail: the message appears next to the E-mail field (and is tied to it for screen
// readers), focus goes there, and nothing is saved. On the demo company, through the real CLI and Chromium.
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { E2E } from './browser';

let e2e: E2E;
beforeEach(() => {
  e2e = new E2E();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await e2e.reportFailure(context.task.name);
  await e2e.dispose();
});

const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** The text of the elements an input's aria-describedby points at (hint and error). */
async function descriptionOf(page: Page, input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

describe('field errors', () => {
  it('shows a bad e-mail next to the E-mail field and saves nothing', async () => {
    const page = await e2e.start(['--demo']);
    await visible(heading(page, 'Customers'));
    await page.getByRole('button', { name: 'New customer' }).click();
    await visible(heading(page, 'New customer'));

    const general = page.getByRole('group', { name: 'General' });
    await general.getByLabel('Name', { exact: true }).fill('Bad Mail Ltd');
    const email = general.getByLabel('E-mail', { exact: true });
    await email.fill('not-an-e-mail');
    await page.getByRole('button', { name: 'Save customer' }).click();

    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, email)).toMatch(/e-mail address like name@example\.com/);
    await expect
      .poll(() =>
        email.evaluate(
          (node: { ownerDocument: { activeElement: unknown } }) => node.ownerDocument.activeElement === node,
        ),
      )
      .toBe(true);
    // Still on the editor, with what was typed.
    await visible(heading(page, 'New customer'));
    expect(await general.getByLabel('Name', { exact: true }).inputValue()).toBe('Bad Mail Ltd');

    // Leave without saving (confirming the discard) and look for it: it is not there.
    await page.getByRole('button', { name: '← Customers' }).click();
    const confirm = page
      .getByRole('alertdialog', { name: 'Discard changes?' })
      .or(page.getByRole('dialog', { name: 'Discard changes?' }));
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await visible(heading(page, 'Customers'));
    await page.getByLabel('Search by name, e-mail or tax id').fill('Bad Mail');
    await visible(page.getByText('No customers match these filters'));
    expect(e2e.problems).toEqual([]);
  });
});
