// Company settings, the logo, tax rates and payment terms through the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { jpegBytes, noiseBytes, tinyPng } from '../helpers/images';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

const b64 = (bytes: Buffer) => bytes.toString('base64');

async function postTo(accountId: number, amount = 1_000) {
  const bank = (await s.call('accounts.list', {})).find((a) => a.role === 'bank')!;
  return s.call('ledger.postEntry', {
    date: '2026-03-01',
    description: 'Posting',
    lines: [
      { accountId: bank.id, debit: amount },
      { accountId, credit: amount },
    ],
  });
}

describe('settings.update', () => {
  it('changes the given fields only, normalising codes', async () => {
    s = await makeCompany();
    const before = await s.call('settings.get', {});
    expect(before).toMatchObject({
      name: 'Testco',
      baseCurrency: 'EUR',
      locale: 'en-IE',
      roundingMode: 'half_up',
      taxRounding: 'line',
    });
    s.clock.set('2026-03-16T08:30:00Z');
    const after = await s.call('settings.update', {
      addressLine1: '  5 Quay Street ',
      city: 'Galway',
      country: 'ie',
      email: 'hello@testco.example',
      bankIban: 'IE29AIBK93115212345678',
      roundingMode: 'half_even',
      taxRounding: 'document',
      baseCurrency: 'usd',
    });
    expect(after).toEqual({
      ...before,
      addressLine1: '5 Quay Street',
      city: 'Galway',
      country: 'IE',
      email: 'hello@testco.example',
      bankIban: 'IE29AIBK93115212345678',
      roundingMode: 'half_even',
      taxRounding: 'document',
      baseCurrency: 'USD',
      updatedAt: '2026-03-16T08:30:00.000Z',
    });
    expect(await s.call('settings.get', {})).toEqual(after);
    expect(await s.call('company.current', {})).toMatchObject({
      open: true,
      company: { baseCurrency: 'USD' },
    });
  });

  it('refuses a new base currency once something was posted, but accepts restating it', async () => {
    s = await makeCompany();
    await postTo((await s.call('accounts.list', {})).find((a) => a.role === 'equity')!.id);
    const error = await expectError(s.call('settings.update', { baseCurrency: 'USD', city: 'Cork' }));
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['baseCurrency']]);
    expect((await s.call('settings.get', {})).city).toBe('');
    expect((await s.call('settings.update', { baseCurrency: 'EUR', city: 'Cork' })).city).toBe('Cork');
  });
});

describe('the company logo', () => {
  it('accepts a real PNG and gives back the same bytes; null removes it', async () => {
    s = await makeCompany();
    expect(await s.call('settings.getLogo', {})).toBeNull();
    const png = tinyPng();
    const settings = await s.call('settings.setLogo', {
      image: { mimeType: 'image/png', dataBase64: b64(png) },
    });
    expect(settings.hasLogo).toBe(true);
    expect(await s.call('settings.getLogo', {})).toEqual({ mimeType: 'image/png', dataBase64: b64(png) });
    const jpeg = await s.call('settings.setLogo', {
      image: { mimeType: 'image/jpeg', dataBase64: b64(jpegBytes()) },
    });
    expect(jpeg.hasLogo).toBe(true);
    expect((await s.call('settings.getLogo', {}))?.mimeType).toBe('image/jpeg');
    expect((await s.call('settings.setLogo', { image: null })).hasLogo).toBe(false);
    expect(await s.call('settings.getLogo', {})).toBeNull();
  });

  it.each([
    { label: 'JPEG bytes sent as a PNG', mimeType: 'image/png' as const, bytes: jpegBytes(), path: 'image' },
    {
      label: 'random bytes sent as a PNG',
      mimeType: 'image/png' as const,
      bytes: noiseBytes(2_048),
      path: 'image',
    },
    {
      label: 'random bytes sent as a JPEG',
      mimeType: 'image/jpeg' as const,
      bytes: noiseBytes(64, 7),
      path: 'image',
    },
    { label: 'a PNG sent as a JPEG', mimeType: 'image/jpeg' as const, bytes: tinyPng(), path: 'image' },
    {
      label: 'a PNG over 1 MB',
      mimeType: 'image/png' as const,
      bytes: Buffer.concat([tinyPng(), Buffer.alloc(1024 * 1024)]),
      path: 'image.dataBase64',
    },
  ])('refuses $label and keeps the previous logo', async ({ mimeType, bytes, path }) => {
    s = await makeCompany();
    await s.call('settings.setLogo', { image: { mimeType: 'image/png', dataBase64: b64(tinyPng()) } });
    const error = await expectError(
      s.call('settings.setLogo', { image: { mimeType, dataBase64: b64(bytes) } }),
    );
    expect([error.code, error.details.fields?.[0]?.path]).toEqual(['VALIDATION', path]);
    expect(await s.call('settings.getLogo', {})).toEqual({
      mimeType: 'image/png',
      dataBase64: b64(tinyPng()),
    });
  });
});

describe('tax rates', () => {
  it('each rate gets its own tax-payable account from 2201 on', async () => {
    s = await makeCompany();
    const standard = await s.call('taxRates.create', {
      name: 'Standard',
      ratePercent: '23.00',
      category: 'standard',
    });
    const reduced = await s.call('taxRates.create', {
      name: 'Reduced',
      ratePercent: '013.50',
      category: 'reduced',
    });
    expect([standard.ratePercent, reduced.ratePercent]).toEqual(['23', '13.5']);
    const accounts = await s.call('accounts.list', {});
    const accountOf = (id: number) => accounts.find((a) => a.id === id)!;
    expect(accountOf(standard.accountId)).toMatchObject({
      code: '2201',
      name: 'Tax payable – Standard',
      type: 'liability',
      role: 'tax_payable',
      isUsed: true,
    });
    expect(accountOf(reduced.accountId)).toMatchObject({
      code: '2202',
      name: 'Tax payable – Reduced',
      role: 'tax_payable',
    });
    expect((await s.call('taxRates.list', {})).map((r) => r.name)).toEqual(['Reduced', 'Standard']);

    // renaming the rate renames its account
    await s.call('taxRates.update', {
      id: reduced.id,
      name: 'Reduced (hospitality)',
      ratePercent: '13.5',
      category: 'reduced',
    });
    expect((await s.call('accounts.list', {})).find((a) => a.id === reduced.accountId)!.name).toBe(
      'Tax payable – Reduced (hospitality)',
    );
  });

  it('refuses duplicate names regardless of case', async () => {
    s = await makeCompany();
    const first = await s.call('taxRates.create', {
      name: 'Standard',
      ratePercent: '20',
      category: 'standard',
    });
    const other = await s.call('taxRates.create', { name: 'Zero', ratePercent: '0', category: 'zero' });
    const dup = await expectError(
      s.call('taxRates.create', { name: ' STANDARD ', ratePercent: '19', category: 'standard' }),
    );
    expect([dup.code, dup.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['name']]);
    const rename = await expectError(
      s.call('taxRates.update', { id: other.id, name: 'standard', ratePercent: '0', category: 'zero' }),
    );
    expect(rename.details.fields?.map((f) => f.path)).toEqual(['name']);
    expect(
      (
        await s.call('taxRates.update', {
          id: first.id,
          name: 'STANDARD',
          ratePercent: '20',
          category: 'standard',
        })
      ).name,
    ).toBe('STANDARD');
    expect((await s.call('accounts.list', {})).filter((a) => a.code.startsWith('22'))).toHaveLength(3);
  });

  it('freezes the rate once tax was posted to its account (the name may still change)', async () => {
    s = await makeCompany();
    const rate = await s.call('taxRates.create', {
      name: 'Standard',
      ratePercent: '20',
      category: 'standard',
    });
    expect(
      (
        await s.call('taxRates.update', {
          id: rate.id,
          name: 'Standard',
          ratePercent: '21',
          category: 'standard',
        })
      ).ratePercent,
    ).toBe('21');
    await postTo(rate.accountId);
    const error = await expectError(
      s.call('taxRates.update', { id: rate.id, name: 'Standard', ratePercent: '22', category: 'standard' }),
    );
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['ratePercent']]);
    expect(
      (
        await s.call('taxRates.update', {
          id: rate.id,
          name: 'Standard (old)',
          ratePercent: '21.000',
          category: 'standard',
        })
      ).name,
    ).toBe('Standard (old)');
    expect((await s.call('taxRates.list', {}))[0]!.ratePercent).toBe('21');
  });

  it('archives and restores a rate; archived rates are listed only on request', async () => {
    s = await makeCompany();
    const rate = await s.call('taxRates.create', { name: 'Old', ratePercent: '5', category: 'reduced' });
    expect((await s.call('taxRates.archive', { id: rate.id })).archived).toBe(true);
    expect(await s.call('taxRates.list', {})).toEqual([]);
    expect((await s.call('taxRates.list', { includeArchived: true })).map((r) => r.id)).toEqual([rate.id]);
    expect((await s.call('taxRates.archive', { id: rate.id, archived: false })).archived).toBe(false);
  });
});

describe('payment terms', () => {
  it('ship with Net 30 as the single default', async () => {
    s = await makeCompany();
    const terms = await s.call('paymentTerms.list', {});
    expect(terms.map((t) => [t.name, t.kind, t.days, t.isDefault])).toEqual([
      ['Due on receipt', 'net', 0, false],
      ['Net 14', 'net', 14, false],
      ['End of month + 30', 'end_of_month', 30, false],
      ['Net 30', 'net', 30, true],
    ]);
  });

  it('need both the discount % and its days, with the error on the missing one', async () => {
    s = await makeCompany();
    const noDays = await expectError(
      s.call('paymentTerms.create', { name: '2/10', kind: 'net', days: 30, discountPercent: '2' }),
    );
    expect([noDays.code, noDays.details.fields]).toEqual([
      'VALIDATION',
      [{ path: 'discountDays', message: expect.any(String) as string }],
    ]);
    const noPercent = await expectError(
      s.call('paymentTerms.create', { name: '2/10', kind: 'net', days: 30, discountDays: 10 }),
    );
    expect(noPercent.details.fields?.map((f) => f.path)).toEqual(['discountPercent']);
    const zero = await expectError(
      s.call('paymentTerms.create', {
        name: '2/10',
        kind: 'net',
        days: 30,
        discountPercent: '0.00',
        discountDays: 10,
      }),
    );
    expect(zero.details.fields?.map((f) => f.path)).toEqual(['discountPercent']);
    const late = await expectError(
      s.call('paymentTerms.create', {
        name: '2/10',
        kind: 'net',
        days: 7,
        discountPercent: '2',
        discountDays: 10,
      }),
    );
    expect(late.details.fields?.map((f) => f.path)).toEqual(['discountDays']);

    const ok = await s.call('paymentTerms.create', {
      name: '2/10 net 30',
      kind: 'net',
      days: 30,
      discountPercent: '2.50',
      discountDays: 10,
    });
    expect([ok.discountPercent, ok.discountDays, ok.isDefault, ok.description.length > 0]).toEqual([
      '2.5',
      10,
      false,
      true,
    ]);
  });

  it('keep exactly one default', async () => {
    s = await makeCompany();
    const net14 = (await s.call('paymentTerms.list', {})).find((t) => t.name === 'Net 14')!;
    const created = await s.call('paymentTerms.create', {
      name: 'Net 45',
      kind: 'net',
      days: 45,
      isDefault: true,
    });
    const defaults = async () =>
      (await s.call('paymentTerms.list', { includeArchived: true }))
        .filter((t) => t.isDefault)
        .map((t) => t.id);
    expect(await defaults()).toEqual([created.id]);
    await s.call('paymentTerms.update', {
      id: net14.id,
      name: 'Net 14',
      kind: 'net',
      days: 14,
      isDefault: true,
    });
    expect(await defaults()).toEqual([net14.id]);
    const unset = await expectError(
      s.call('paymentTerms.update', {
        id: net14.id,
        name: 'Net 14',
        kind: 'net',
        days: 14,
        isDefault: false,
      }),
    );
    expect(unset.details.fields?.map((f) => f.path)).toEqual(['isDefault']);
    expect((await expectError(s.call('paymentTerms.archive', { id: net14.id }))).code).toBe('CONFLICT');
    expect(await defaults()).toEqual([net14.id]);
    const dup = await expectError(s.call('paymentTerms.create', { name: 'net 45', kind: 'net', days: 45 }));
    expect(dup.details.fields?.map((f) => f.path)).toEqual(['name']);
  });
});

describe('saving unchanged settings', () => {
  it('writes nothing and adds no audit row', async () => {
    s = await makeCompany();
    const before = await s.call('settings.get', {});
    const count = () =>
      s.session.require().sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    const auditBefore = count().n;
    const same = await s.call('settings.update', {
      name: before.name,
      city: before.city,
      locale: before.locale,
    });
    expect(same).toEqual(before);
    expect(count().n).toBe(auditBefore);
    s.clock.advance(1000);
    const changed = await s.call('settings.update', { name: before.name, city: 'Cork' });
    expect([changed.city, changed.updatedAt > before.updatedAt, count().n]).toEqual([
      'Cork',
      true,
      auditBefore + 1,
    ]);
  });
});
