// "As a new user: start the shell on a new file, fill the company settings, add a tax rate, payment terms,
// a customer and a product, restart the shell, and find them all again." Driven as a user would: by role and
// label, in a real Chromium, against the real CLI and a real company file.
import { join } from 'node:path';
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
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const settingsNav = (page: Page) => page.getByRole('navigation', { name: 'Settings' });
const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** The value of the <option> whose text contains `text` (labels carry extra words, e.g. "Net 45 — …"). */
async function optionValue(select: Locator, text: string): Promise<string> {
  const option = select.locator('option', { hasText: text });
  await option.first().waitFor({ state: 'attached' });
  const value = await option.first().getAttribute('value');
  if (value === null) throw new Error(`No option "${text}"`);
  return value;
}

async function goToSettings(page: Page, section: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await settingsNav(page).getByRole('link', { name: section, exact: true }).click();
  await visible(heading(page, section));
}

const company = {
  file: '',
  name: 'Harbour Tools Ltd',
  currency: 'GBP',
  locale: 'en-GB',
  owner: 'Hannah Harbour',
  address: '1 Quay Street',
  postalCode: 'BS1 4DJ',
  city: 'Bristol',
  country: 'GB',
  taxId: 'GB123456789',
  bankName: 'Harbour Bank',
  iban: 'GB29NWBK60161331926819',
  bic: 'NWBKGB2L',
};

describe('a new user', () => {
  it('sets up a company on a new file and finds everything again after a restart', async () => {
    const file = join(e2e.dir, 'new.ordo');

    // 1. The shell on a file that does not exist yet: the start screen offers to create the company there.
    let page = await e2e.start(['--file', file]);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false); // the token left the visible address
    const create = page.getByRole('form', { name: 'Create a company' });
    await visible(create);
    await visible(create.getByText(file));
    await create.getByLabel('Company name').fill(company.name);
    await create.getByLabel('Language and number format').selectOption(company.locale);
    await create.getByLabel('Base currency').fill(company.currency);
    await create.getByLabel('Your name').fill(company.owner);
    await create.getByRole('button', { name: 'Create company' }).click();
    await visible(heading(page, 'Customers'));

    // 2. Settings → Company: address, tax id, bank details.
    await goToSettings(page, 'Company');
    await page.getByLabel('Address line 1').fill(company.address);
    await page.getByLabel('Postal code').fill(company.postalCode);
    await page.getByLabel('City').fill(company.city);
    await page.getByLabel('Country (2 letters)').fill(company.country);
    await page.getByLabel('Tax id').fill(company.taxId);
    await page.getByLabel('Bank name').fill(company.bankName);
    await page.getByLabel('Account holder').fill(company.name);
    await page.getByLabel('IBAN').fill(company.iban);
    await page.getByLabel('BIC').fill(company.bic);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await visible(page.getByRole('status').getByText('Settings saved'));

    // 3. Settings → Tax rates: "Standard 20%".
    await goToSettings(page, 'Tax rates');
    await page.getByRole('button', { name: 'Add tax rate' }).first().click();
    const taxDialog = page.getByRole('dialog', { name: 'Add tax rate' });
    await taxDialog.getByLabel('Name').fill('Standard 20%');
    await taxDialog.getByLabel('Rate (%)').fill('20');
    await taxDialog.getByLabel('Category').selectOption('standard');
    await taxDialog.getByRole('button', { name: 'Save tax rate' }).click();
    await taxDialog.waitFor({ state: 'hidden' });
    await visible(
      page.getByRole('table', { name: 'Tax rates' }).getByRole('cell', { name: 'Standard 20%', exact: true }),
    );

    // 4. Settings → Payment terms: "Net 45".
    await goToSettings(page, 'Payment terms');
    await page.getByRole('button', { name: 'Add payment terms' }).first().click();
    const termsDialog = page.getByRole('dialog', { name: 'Add payment terms' });
    await termsDialog.getByLabel('Name').fill('Net 45');
    await termsDialog.getByLabel('Days', { exact: true }).fill('45');
    await termsDialog.getByRole('button', { name: 'Save payment terms' }).click();
    await termsDialog.waitFor({ state: 'hidden' });
    await visible(
      page
        .getByRole('table', { name: 'Payment terms' })
        .getByRole('cell', { name: 'Net 45', exact: true })
        .first(),
    );

    // 5. Customers: N opens a new customer.
    await mainNav(page).getByRole('link', { name: 'Customers' }).click();
    await visible(heading(page, 'Customers'));
    await page.keyboard.press('n');
    await visible(heading(page, 'New customer'));
    const general = page.getByRole('group', { name: 'General' });
    await general.getByLabel('Name', { exact: true }).fill('Acme Trading GmbH');
    await general.getByLabel('E-mail', { exact: true }).fill('orders@acme.example');
    await general.getByLabel('Currency', { exact: true }).fill('EUR');
    await general.getByLabel('Credit limit').fill('5000');
    const terms = general.getByLabel('Payment terms');
    await terms.selectOption(await optionValue(terms, 'Net 45'));
    await page.getByRole('button', { name: 'Save customer' }).click();
    await visible(heading(page, 'Customers'));
    await visible(page.getByRole('link', { name: 'Acme Trading GmbH' }));

    // 6. Products: a new product with the tax rate.
    await mainNav(page).getByRole('link', { name: 'Products' }).click();
    await page.getByRole('button', { name: 'New product' }).click();
    await visible(heading(page, 'New product'));
    await page.getByLabel('SKU').fill('HT-100');
    await page.getByLabel('Name', { exact: true }).fill('Claw hammer');
    await page.getByLabel('Price').fill('24.50');
    const taxRate = page.getByLabel('Tax rate');
    await taxRate.selectOption(await optionValue(taxRate, 'Standard'));
    await page.getByRole('button', { name: 'Save product' }).click();
    await visible(heading(page, 'Products'));
    await visible(page.getByRole('link', { name: 'Claw hammer' }));

    // A reload keeps working: the token lives in sessionStorage, the route in the hash.
    await page.reload();
    await visible(heading(page, 'Products'));

    // 7. Stop the shell and the browser; the file is closed cleanly.
    expect(e2e.problems).toEqual([]);
    expect(await e2e.stop()).toBe(0);

    // 8. Start again on the same file: everything is still there.
    page = await e2e.start(['--file', file]);
    await visible(heading(page, 'Customers'));
    await page.getByLabel('Search by name, e-mail or tax id').fill('acme');
    await page.getByRole('link', { name: 'Acme Trading GmbH' }).click();
    await visible(heading(page, /^Acme Trading GmbH/));
    const reopened = page.getByRole('group', { name: 'General' });
    expect(await reopened.getByLabel('E-mail', { exact: true }).inputValue()).toBe('orders@acme.example');
    expect(await reopened.getByLabel('Currency', { exact: true }).inputValue()).toBe('EUR');
    expect(await reopened.getByLabel('Credit limit').inputValue()).toMatch(/^5,?000(\.00)?$/);
    const reopenedTerms = reopened.getByLabel('Payment terms');
    expect(await reopenedTerms.inputValue()).toBe(await optionValue(reopenedTerms, 'Net 45'));

    await mainNav(page).getByRole('link', { name: 'Products' }).click();
    await page.getByLabel(/^Search/).fill('HT-100');
    const productRow = page.getByRole('row', { name: /HT-100/ });
    await visible(productRow);
    await visible(productRow.getByRole('link', { name: 'Claw hammer' }));
    await visible(productRow.getByRole('cell', { name: 'Standard 20%', exact: true }));

    // The global search (Ctrl+K) finds the product by SKU too, and opens it.
    await page.keyboard.press('Control+K');
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByLabel('Customers and products').fill('HT-100');
    await search.getByRole('option', { name: /Claw hammer/ }).click();
    await visible(heading(page, /^Claw hammer/));
    expect(await page.getByLabel('SKU').inputValue()).toBe('HT-100');
    expect(await page.getByLabel('Price').inputValue()).toMatch(/^24\.50?$/);
    const reopenedRate = page.getByLabel('Tax rate');
    expect(await reopenedRate.inputValue()).toBe(await optionValue(reopenedRate, 'Standard 20%'));

    await goToSettings(page, 'Company');
    expect(await page.getByLabel('Company name').inputValue()).toBe(company.name);
    expect(await page.getByLabel('Address line 1').inputValue()).toBe(company.address);
    expect(await page.getByLabel('City').inputValue()).toBe(company.city);
    expect(await page.getByLabel('Tax id').inputValue()).toBe(company.taxId);
    expect(await page.getByLabel('IBAN').inputValue()).toBe(company.iban);
    expect(await page.getByLabel('BIC').inputValue()).toBe(company.bic);

    await goToSettings(page, 'Tax rates');
    await visible(
      page.getByRole('table', { name: 'Tax rates' }).getByRole('cell', { name: 'Standard 20%', exact: true }),
    );
    await goToSettings(page, 'Payment terms');
    await visible(
      page
        .getByRole('table', { name: 'Payment terms' })
        .getByRole('cell', { name: 'Net 45', exact: true })
        .first(),
    );

    expect(e2e.problems).toEqual([]);
  });
});
