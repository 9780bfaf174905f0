// What the browser journeys share: finding things on screen as a user would, and the first steps of a new company.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
export const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' ? true : undefined });
export const toast = (page: Page, text: string | RegExp) => page.locator('.toasts').getByText(text);
/** The status chip in the screen's title (order, shipment, invoice). */
export const titleChip = (page: Page) => page.getByRole('heading', { level: 1 }).locator('.chip');
/** Whitespace-normalised text, so "£1,234.50" and line breaks compare plainly. */
export const textOf = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Polled: a screen opened again first shows what it had cached, then its fresh data (a moment later). */
export async function expectTitleChip(page: Page, status: string): Promise<void> {
  await expect.poll(() => textOf(titleChip(page))).toBe(status);
}

export async function goTo(page: Page, area: string): Promise<void> {
  await mainNav(page)
    .getByRole('link', { name: new RegExp(`^${area}\\b`) })
    .click();
}

/**
 * A new file: the start screen creates Harbour Tools Ltd (GBP, en-GB; the one who creates it is the owner), then
 * Settings → Tax rates gets Standard 20%.
 */
export async function createCompanyWithStandardRate(page: Page): Promise<void> {
  const create = page.getByRole('form', { name: 'Create a company' });
  await visible(create);
  await create.getByLabel('Company name').fill('Harbour Tools Ltd');
  await create.getByLabel('Language and number format').selectOption('en-GB');
  await create.getByLabel('Base currency').fill('GBP');
  await create.getByLabel('Your name').fill('Hannah Harbour');
  await create.getByRole('button', { name: 'Create company' }).click();
  await visible(heading(page, 'Customers'));

  await goTo(page, 'Settings');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Tax rates' }).click();
  await visible(heading(page, 'Tax rates'));
  await page.getByRole('button', { name: 'Add tax rate' }).first().click();
  const taxDialog = page.getByRole('dialog', { name: 'Add tax rate' });
  await taxDialog.getByLabel('Name').fill('Standard 20%');
  await taxDialog.getByLabel('Rate (%)').fill('20');
  await taxDialog.getByLabel('Category').selectOption('standard');
  await taxDialog.getByRole('button', { name: 'Save tax rate' }).click();
  await taxDialog.waitFor({ state: 'hidden' });
}
