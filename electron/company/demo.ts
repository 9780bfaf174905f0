// Placeholder replaced below by the demo generator.
import type { CompanyContext } from '../context';
export const DEMO_COMPANY = { fileName: 'Demo company.ordo', name: 'Northwind Wholesale Ltd', baseCurrency: 'EUR', locale: 'en-IE', ownerName: 'Alex Owner' };
export function buildDemoCompany(_ctx: CompanyContext): void {}
