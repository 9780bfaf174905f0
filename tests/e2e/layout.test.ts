// What a demanding user sees, checked in a real Chromium on the demo company: lists fit the window at laptop
// sizes without sideways scrolling, printing leaves the navigation out, and the keyboard-first pickers
// (journal account, customer tags) work with real focus and key events.
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

/** How far the table sticks out of its frame to the right (0 = it fits). */
function overflowOf(page: Page, tableName: string): Promise<number> {
  return page
    .getByRole('table', { name: tableName })
    .evaluate((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0));
}

/** Main navigation, then the section link when there is one, as a user would go. */
async function goTo(page: Page, area: string, section: string | null, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
  if (section)
    await page.getByRole('navigation', { name: area }).getByRole('link', { name: section }).click();
  await visible(heading(page, title));
}

describe('layout', () => {
  it('fits the customers and products tables at 1280 and 1024 pixels wide', async () => {
    const page = await e2e.start(['--demo']);
    await visible(heading(page, 'Customers'));
    const customers = page.getByRole('table', { name: 'Customers' });
    await visible(customers.getByRole('link', { name: 'Atlantic Provisions Ltd' }));

    expect(await overflowOf(page, 'Customers')).toBeLessThanOrEqual(0);
    await visible(customers.getByRole('columnheader', { name: 'Credit limit' }));
    await visible(customers.getByRole('columnheader', { name: 'Segment' }));
    // A long e-mail address is cut with "…"; the whole address is in the tooltip.
    const email = customers.getByText('crediteuren@vanderberg-groothandel.example');
    expect(await email.getAttribute('title')).toBe('crediteuren@vanderberg-groothandel.example');

    await goTo(page, 'Products', null, 'Products');
    await visible(
      page.getByRole('table', { name: 'Products' }).getByRole('columnheader', { name: 'Stock-tracked' }),
    );
    expect(await overflowOf(page, 'Products')).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 1024, height: 700 });
    expect(await overflowOf(page, 'Products')).toBeLessThanOrEqual(0);
    await goTo(page, 'Customers', null, 'Customers');
    await visible(customers.getByRole('columnheader', { name: 'Credit limit' }));
    expect(await overflowOf(page, 'Customers')).toBeLessThanOrEqual(0);
    // The least important columns step aside; the amounts stay.
    expect(await customers.getByRole('columnheader', { name: 'Segment' }).isVisible()).toBe(false);

    expect(e2e.problems).toEqual([]);
  });

  it('fits every settings table beside the section links at 1280 and above them at 1024', async () => {
    const page = await e2e.start(['--demo']);
    await visible(heading(page, 'Customers'));
    const tables = [
      { section: 'Tax rates', table: 'Tax rates' },
      { section: 'Payment terms', table: 'Payment terms' },
      { section: 'Number series', table: 'Number series' },
      { section: 'Chart of accounts', table: 'Accounts' },
    ];
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 760 });
      for (const { section, table } of tables) {
        await goTo(page, 'Settings', section, section);
        await visible(page.getByRole('table', { name: table }).getByRole('row').nth(1));
        expect({ width, table, overflow: await overflowOf(page, table) }).toEqual({
          width,
          table,
          overflow: 0,
        });
      }
    }
    expect(e2e.problems).toEqual([]);
  });

  it('prints a report without the navigation and the controls, but with the company name', async () => {
    const page = await e2e.start(['--demo']);
    await visible(heading(page, 'Customers'));
    await goTo(page, 'Reports', 'Trial balance', 'Trial balance');
    await visible(page.getByRole('table', { name: /Trial balance as of/ }));

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Reports' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByLabel('As of').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /Trial balance as of/ }).isVisible()).toBe(true);
    // The company name is printed by CSS (::before), so it is read from the computed style.
    const printedCompany = await page.evaluate(
      "getComputedStyle(document.getElementById('main-content'), '::before').content",
    );
    expect(printedCompany).toBe('"Northwind Wholesale Ltd"');

    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
  });

  it('picks journal accounts by typing their code or name, and adds customer tags with Enter', async () => {
    const page = await e2e.start(['--demo']);
    await visible(heading(page, 'Customers'));
    await goTo(page, 'Reports', 'Journal', 'Journal');
    await page.getByRole('button', { name: 'New journal entry' }).click();
    await visible(heading(page, 'New journal entry'));

    const line1 = page.getByRole('combobox', { name: 'Account, line 1' });
    await line1.click();
    await page.keyboard.type('12');
    await visible(page.getByRole('option', { name: '1200 Bank' }));
    await page.keyboard.press('Enter');
    expect(await line1.inputValue()).toBe('1200 Bank');
    await page.keyboard.press('Tab');
    await page.keyboard.type('25');

    const line2 = page.getByRole('combobox', { name: 'Account, line 2' });
    await line2.click();
    await page.keyboard.type('cash');
    await page.keyboard.press('Tab');
    expect(await line2.inputValue()).toBe('1000 Cash');
    await page.keyboard.press('Tab');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('combobox', { name: 'Account, line 3' }));
    expect(
      await page.getByRole('combobox', { name: 'Account, line 3' }).evaluate((el) => el.matches(':focus')),
    ).toBe(true);
    await visible(page.getByText('Difference: €0.00 — balanced'));

    await page.getByRole('button', { name: '← Journal' }).click();
    await page
      .getByRole('dialog', { name: 'Discard changes?' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await visible(heading(page, 'Journal'));

    await goTo(page, 'Customers', null, 'Customers');
    await page.getByRole('link', { name: 'Atlantic Provisions Ltd' }).click();
    const tags = page.getByRole('textbox', { name: 'Tags', exact: true });
    await tags.click();
    await page.keyboard.type('export');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('button', { name: 'Remove tag export' }));
    expect(await tags.inputValue()).toBe('');
    expect(await heading(page, 'Atlantic Provisions Ltd (C00005)').isVisible()).toBe(true);
    expect(e2e.problems).toEqual([]);
  });
});
