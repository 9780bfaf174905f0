// The demo company's data: its profile, tax rates, payment terms, customers and catalogue, as plain tables.
import type { CustomerInput } from '../../shared/contract/customers';
import type { TaxRate } from '../../shared/contract';
import type { TermsInput } from '../settings/paymentTerms';

// prettier-ignore
export const profile = {
  addressLine1: 'Unit 12, Parkwest Business Park', addressLine2: 'Nangor Road', postalCode: 'D12 X7Y8',
  city: 'Dublin', region: 'Co. Dublin', country: 'IE', taxId: 'IE3456789NH', phone: '+353 1 555 0100',
  email: 'accounts@northwind-wholesale.example', website: 'www.northwind-wholesale.example',
  bankName: 'AIB', bankAccountHolder: 'Northwind Wholesale Ltd', bankIban: 'IE29AIBK93115212345678',
  bankBic: 'AIBKIE2D',
};

export type TaxKey = 'standard' | 'reduced' | 'zero';
export const taxRates: (Pick<TaxRate, 'name' | 'ratePercent' | 'category'> & { key: TaxKey })[] = [
  { key: 'standard', name: 'Standard 23%', ratePercent: '23', category: 'standard' },
  { key: 'reduced', name: 'Reduced 13.5%', ratePercent: '13.5', category: 'reduced' },
  { key: 'zero', name: 'Zero 0%', ratePercent: '0', category: 'zero' },
];

/** Terms added to the seeded ones (Due on receipt, Net 14, Net 30, End of month + 30). */
// prettier-ignore
export const extraTerms: TermsInput[] = [
  { name: 'Net 30, 2% within 10 days', kind: 'net', days: 30, discountPercent: '2', discountDays: 10,
    isDefault: false },
  { name: 'Net 60', kind: 'net', days: 60, discountPercent: null, discountDays: null, isDefault: false },
];

export type Address = [line1: string, postalCode: string, city: string, region: string, country: string];
export type Contact = [name: string, role: string, phone?: string];
export interface DemoCustomer {
  name: string;
  segment: 'Retail' | 'Hospitality' | 'Wholesale' | 'Online';
  currency: 'EUR' | 'GBP' | 'USD';
  /** Payment terms by name; null means the company default. */
  terms: string | null;
  /** Minor units of the customer's currency; null means no limit. */
  creditLimit: number | null;
  taxId: string;
  email: string;
  phone: string;
  address: Address;
  shipTo?: Address;
  contacts: Contact[];
  tags: string[];
  notes?: string;
  archived?: true;
}

// prettier-ignore
export const customers: DemoCustomer[] = [
  { name: 'The Hungry Heron Café', segment: 'Hospitality', currency: 'EUR', terms: 'Net 14',
    creditLimit: 300_000, taxId: 'IE9514372K', email: 'orders@hungryheron.example', phone: '+353 1 671 2290',
    address: ['14 Dame Lane', 'D02 X285', 'Dublin', 'Co. Dublin', 'IE'],
    contacts: [['Aoife Byrne', 'Owner', '+353 87 214 5567'], ['Cian Doyle', 'Head barista']],
    tags: ['café', 'weekly delivery'], notes: 'Deliver before 07:30 through the rear door on Dame Court.' },
  { name: "Kavanagh's Fine Foods", segment: 'Retail', currency: 'EUR', terms: 'Net 30',
    creditLimit: 1_500_000, taxId: 'IE8251937T', email: 'accounts@kavanaghsfinefoods.example',
    phone: '+353 21 427 1180', address: ['22 Oliver Plunkett Street', 'T12 K2V7', 'Cork', 'Co. Cork', 'IE'],
    contacts: [['Siobhán Kavanagh', 'Director'], ['Declan Murphy', 'Purchasing', '+353 86 390 1122']],
    tags: ['deli', 'key account'], notes: 'Invoices by e-mail to accounts@; statement at each month end.' },
  { name: 'Galway Bay Hotel Group', segment: 'Hospitality', currency: 'EUR',
    terms: 'Net 30, 2% within 10 days', creditLimit: 5_000_000, taxId: 'IE3318642W',
    email: 'purchasing@galwaybayhotels.example', phone: '+353 91 520 300',
    address: ['Salthill Promenade', 'H91 F6P2', 'Galway', 'Co. Galway', 'IE'],
    shipTo: ['Central kitchen, Unit 3 Ballybrit Business Park', 'H91 YT2E', 'Galway', 'Co. Galway', 'IE'],
    contacts: [['Niamh Ó Flaherty', 'Procurement manager'], ['Pádraig Walsh', 'Executive chef']],
    tags: ['hotel', 'key account', 'pays early'],
    notes: 'Three hotels; every delivery goes to the central kitchen.' },
  { name: 'Liffey Street Deli', segment: 'Retail', currency: 'EUR', terms: 'Due on receipt',
    creditLimit: 100_000, taxId: 'IE6602185H', email: 'hello@liffeystdeli.example', phone: '+353 1 872 4410',
    address: ['31 Lower Liffey Street', 'D01 W9K3', 'Dublin', 'Co. Dublin', 'IE'],
    contacts: [['Tomasz Nowak', 'Owner']], tags: ['deli', 'new account'],
    notes: 'New account: payment with order for the first three months.' },
  { name: 'Atlantic Provisions Ltd', segment: 'Wholesale', currency: 'EUR', terms: 'End of month + 30',
    creditLimit: 8_000_000, taxId: 'IE4790321M', email: 'ap@atlanticprovisions.example',
    phone: '+353 61 402 550',
    address: ['Raheen Business Park, Block C', 'V94 E7P1', 'Limerick', 'Co. Limerick', 'IE'],
    contacts: [['Brendan Hayes', 'Finance controller'], ['Orla Quinn', 'Buyer', '+353 87 660 4410']],
    tags: ['reseller', 'key account', 'pallet orders'],
    notes: 'Resells across the Mid-West; volume discount agreed for full pallets.' },
  { name: 'Brewed Awakening Coffee Co.', segment: 'Online', currency: 'EUR', terms: 'Net 14',
    creditLimit: 250_000, taxId: 'IE1128874P', email: 'shop@brewedawakening.example',
    phone: '+353 56 776 1024', address: ['5 Parliament Street', 'R95 A0C4', 'Kilkenny', 'Co. Kilkenny', 'IE'],
    contacts: [['Ellen Fitzgerald', 'Founder']], tags: ['coffee', 'webshop'] },
  { name: "Saoirse's Kitchen", segment: 'Hospitality', currency: 'EUR', terms: 'Net 14', creditLimit: 150_000,
    taxId: 'IE2267419Q', email: 'saoirse@saoirseskitchen.example', phone: '+353 51 855 019',
    address: ['8 John Street', 'X91 P2D6', 'Waterford', 'Co. Waterford', 'IE'],
    contacts: [['Saoirse Power', 'Owner']], tags: ['restaurant'],
    notes: 'Closed in 2025; kept for its history.', archived: true },
  { name: 'Dunmore Golf Club', segment: 'Hospitality', currency: 'EUR', terms: 'Net 30', creditLimit: 400_000,
    taxId: 'IE5530918F', email: 'bar@dunmoregolf.example', phone: '+353 1 281 7760',
    address: ['Dunmore Road', 'A63 C6T2', 'Greystones', 'Co. Wicklow', 'IE'],
    contacts: [['Gerry Nolan', 'Bar and catering manager']], tags: ['club', 'seasonal'],
    notes: 'Busy April to September; small orders in winter.' },
  { name: 'Harrow & Finch Grocers', segment: 'Retail', currency: 'GBP', terms: 'Net 30',
    creditLimit: 1_200_000, taxId: 'GB284619370', email: 'orders@harrowfinch.example',
    phone: '+44 20 7946 0321', address: ['112 Upper Street', 'N1 1QN', 'London', '', 'GB'],
    contacts: [['Priya Shah', 'Store manager', '+44 7700 900 415'], ['Oliver Finch', 'Director']],
    tags: ['grocer', 'key account'] },
  { name: 'The Copper Kettle Tearooms', segment: 'Hospitality', currency: 'GBP', terms: 'Net 14',
    creditLimit: 200_000, taxId: 'GB731550284', email: 'info@copperkettleyork.example',
    phone: '+44 1632 960 118', address: ['9 Stonegate', 'YO1 8AW', 'York', 'North Yorkshire', 'GB'],
    contacts: [['Margaret Ellis', 'Proprietor']], tags: ['tearoom'] },
  { name: 'Northern Larder Ltd', segment: 'Wholesale', currency: 'GBP', terms: 'End of month + 30',
    creditLimit: 6_000_000, taxId: 'GB402817653', email: 'accounts@northernlarder.example',
    phone: '+44 161 496 0744',
    address: ['Unit 7, Trafford Park Road', 'M17 1HH', 'Manchester', 'Greater Manchester', 'GB'],
    contacts: [['David Okafor', 'Head of purchasing'], ['Rachel Green', 'Accounts payable']],
    tags: ['reseller', 'pallet orders'], notes: 'A purchase order number is required on every invoice.' },
  { name: 'Cotswold Kitchen Supplies', segment: 'Online', currency: 'GBP', terms: 'Net 14',
    creditLimit: 350_000, taxId: 'GB955103628', email: 'sales@cotswoldkitchen.example',
    phone: '+44 1632 960 452',
    address: ['The Old Forge, High Street', 'GL54 2AB', 'Bourton-on-the-Water', 'Gloucestershire', 'GB'],
    contacts: [['Hannah Wright', 'E-commerce manager']], tags: ['kitchenware', 'webshop'] },
  { name: 'Belfast Bakehouse', segment: 'Retail', currency: 'GBP', terms: 'Net 30', creditLimit: 500_000,
    taxId: 'XI618274905', email: 'bakehouse@belfastbakehouse.example', phone: '+44 28 9649 6051',
    address: ['47 Botanic Avenue', 'BT7 1JL', 'Belfast', 'Co. Antrim', 'GB'],
    contacts: [['Conor McCann', 'Owner'], ['Lucy Patterson', 'Bakery manager']], tags: ['bakery'],
    notes: 'Northern Ireland: goods are invoiced with the XI VAT number.' },
  { name: 'Edinburgh Roastery & Co', segment: 'Wholesale', currency: 'GBP',
    terms: 'Net 30, 2% within 10 days', creditLimit: 2_500_000, taxId: 'GB329846117',
    email: 'roastery@edinroast.example', phone: '+44 131 496 0902',
    address: ['18 Leith Walk', 'EH6 5AA', 'Edinburgh', '', 'GB'],
    contacts: [['Fiona MacLeod', 'Operations'], ['Angus Reid', 'Head roaster']],
    tags: ['coffee', 'roaster', 'pays early'] },
  { name: 'Müller Feinkost GmbH', segment: 'Retail', currency: 'EUR', terms: 'Net 30', creditLimit: 2_000_000,
    taxId: 'DE287365419', email: 'einkauf@mueller-feinkost.example', phone: '+49 89 2315 4470',
    address: ['Viktualienmarkt 6', '80331', 'München', 'Bayern', 'DE'],
    contacts: [['Katrin Müller', 'Geschäftsführerin'], ['Jonas Weber', 'Einkauf']],
    tags: ['delicatessen', 'eu-b2b'],
    notes: 'Intra-EU supply: zero-rated, reverse charge; check the VAT number before invoicing.' },
  { name: 'Kaffeehaus Schwarz KG', segment: 'Hospitality', currency: 'EUR', terms: 'Net 14',
    creditLimit: 600_000, taxId: 'DE813274650', email: 'bestellung@kaffeehaus-schwarz.example',
    phone: '+49 40 3861 0925', address: ['Große Bleichen 21', '20354', 'Hamburg', 'Hamburg', 'DE'],
    contacts: [['Felix Schwarz', 'Inhaber']], tags: ['café', 'eu-b2b'] },
  { name: 'Küchenwelt Online GmbH', segment: 'Online', currency: 'EUR', terms: 'Net 30',
    creditLimit: 1_800_000, taxId: 'DE304918276', email: 'buchhaltung@kuechenwelt.example',
    phone: '+49 30 9120 8833', address: ['Schlesische Straße 38', '10997', 'Berlin', 'Berlin', 'DE'],
    contacts: [['Lena Hoffmann', 'Category manager'], ['Murat Yilmaz', 'Buchhaltung']],
    tags: ['kitchenware', 'webshop', 'eu-b2b'] },
  { name: 'Épicerie Lefèvre SARL', segment: 'Retail', currency: 'EUR', terms: 'End of month + 30',
    creditLimit: 900_000, taxId: 'FR41512873096', email: 'commandes@epicerie-lefevre.example',
    phone: '+33 4 78 42 16 90', address: ['14 rue Mercière', '69002', 'Lyon', 'Auvergne-Rhône-Alpes', 'FR'],
    contacts: [['Claire Lefèvre', 'Gérante']], tags: ['delicatessen', 'eu-b2b'] },
  { name: 'Bistrot du Marché', segment: 'Hospitality', currency: 'EUR', terms: 'Net 30', creditLimit: 450_000,
    taxId: 'FR83790214563', email: 'chef@bistrotdumarche.example', phone: '+33 1 43 57 28 14',
    address: ['27 rue de Charonne', '75011', 'Paris', 'Île-de-France', 'FR'],
    contacts: [['Julien Moreau', 'Chef propriétaire'], ['Amélie Girard', 'Responsable de salle']],
    tags: ['restaurant', 'eu-b2b'] },
  { name: 'De Gouden Lepel B.V.', segment: 'Hospitality', currency: 'EUR', terms: 'Net 14',
    creditLimit: 500_000, taxId: 'NL862341975B01', email: 'inkoop@goudenlepel.example',
    phone: '+31 20 624 8130', address: ['Prinsengracht 412', '1016 JC', 'Amsterdam', 'Noord-Holland', 'NL'],
    contacts: [['Sanne de Vries', 'Bedrijfsleider']], tags: ['restaurant', 'eu-b2b'] },
  { name: 'Van der Berg Groothandel B.V.', segment: 'Wholesale', currency: 'EUR',
    terms: 'Net 30, 2% within 10 days', creditLimit: 7_500_000, taxId: 'NL004587213B01',
    email: 'crediteuren@vanderberg-groothandel.example', phone: '+31 10 413 7720',
    address: ['Waalhaven Zuidzijde 19', '3089 JH', 'Rotterdam', 'Zuid-Holland', 'NL'],
    contacts: [['Pieter van der Berg', 'Directeur'], ['Fatima El Amrani', 'Crediteurenadministratie']],
    tags: ['reseller', 'pallet orders', 'eu-b2b'] },
  { name: 'Harbor Street Coffee LLC', segment: 'Hospitality', currency: 'USD', terms: 'Net 30',
    creditLimit: 800_000, taxId: '04-3927815', email: 'ap@harborstreetcoffee.example',
    phone: '+1 617 555 0142', address: ['88 Atlantic Avenue', '02110', 'Boston', 'MA', 'US'],
    contacts: [['Megan Sullivan', 'Owner'], ['Luis Ortega', 'Café manager', '+1 617 555 0177']],
    tags: ['café', 'export'] },
  { name: 'Pantry & Pour Inc.', segment: 'Online', currency: 'USD', terms: 'Net 14', creditLimit: 300_000,
    taxId: '93-1846520', email: 'orders@pantryandpour.example', phone: '+1 503 555 0187',
    address: ['1420 NW Lovejoy Street', '97209', 'Portland', 'OR', 'US'],
    contacts: [['Jordan Lee', 'Founder']], tags: ['webshop', 'export'] },
  { name: 'Great Lakes Restaurant Supply Co.', segment: 'Wholesale', currency: 'USD', terms: 'Net 60',
    creditLimit: 10_000_000, taxId: '36-4418290', email: 'purchasing@greatlakessupply.example',
    phone: '+1 312 555 0119', address: ['2250 S Halsted Street', '60608', 'Chicago', 'IL', 'US'],
    shipTo: ['Dock 4, 3900 W 36th Street', '60632', 'Chicago', 'IL', 'US'],
    contacts: [['Karen Kowalski', 'Purchasing director'], ['Marcus Bell', 'Receiving']],
    tags: ['reseller', 'export', 'key account'],
    notes: 'Sea freight from Dublin Port; send a pro-forma invoice for customs.' },
  { name: 'Sunnyside Diner', segment: 'Hospitality', currency: 'USD', terms: 'Net 30', creditLimit: 150_000,
    taxId: '74-2051938', email: 'hello@sunnysidediner.example', phone: '+1 512 555 0163',
    address: ['601 E 6th Street', '78701', 'Austin', 'TX', 'US'], contacts: [['Tammy Reyes', 'Owner']],
    tags: ['diner', 'export'], notes: 'Moved to a local supplier in 2025.', archived: true },
];

export const languageOf: Record<string, CustomerInput['language']> = { DE: 'de', FR: 'fr', NL: 'nl' };

export type Unit = 'pcs' | 'kg' | 'box' | 'case' | 'hour';
/** Services are not stock-tracked and carry no barcode; archived items are discontinued. */
export type Kind = 'stock' | 'service' | 'archived';
export type DemoProduct = [sku: string, name: string, unit: Unit, price: string, tax: TaxKey, kind: Kind];

// prettier-ignore
export const products: DemoProduct[] = [
  ['COF-ESP-1KG', 'Espresso blend coffee beans 1 kg', 'pcs', '24.50', 'zero', 'stock'],
  ['COF-HOUSE-1KG', 'House blend coffee beans 1 kg', 'pcs', '19.80', 'zero', 'stock'],
  ['COF-DECAF-500G', 'Swiss water decaf coffee beans 500 g', 'pcs', '13.40', 'zero', 'stock'],
  ['COF-COL-1KG', 'Colombia Huila single origin beans 1 kg', 'pcs', '27.90', 'zero', 'stock'],
  ['COF-ETH-1KG', 'Ethiopia Yirgacheffe single origin beans 1 kg', 'pcs', '31.50', 'zero', 'stock'],
  ['COF-ESP-LOOSE', 'Espresso blend coffee beans, loose', 'kg', '21.75', 'zero', 'stock'],
  ['COF-GRND-250G', 'Ground filter coffee 250 g', 'pcs', '5.20', 'zero', 'archived'],
  ['COF-POD-100', 'Compostable coffee pods (box of 100)', 'box', '32.00', 'zero', 'stock'],
  ['TEA-BRK-500', 'Irish breakfast tea bags (box of 500)', 'box', '18.60', 'zero', 'stock'],
  ['TEA-GRN-100', 'Sencha green tea bags (box of 100)', 'box', '9.90', 'zero', 'stock'],
  ['TEA-EARL-250G', 'Earl Grey loose leaf tea 250 g', 'pcs', '7.45', 'zero', 'stock'],
  ['TEA-CHAI-1KG', 'Spiced chai latte powder 1 kg', 'pcs', '16.30', 'zero', 'stock'],
  ['SYR-VAN-1L', 'Vanilla syrup 1 L', 'pcs', '8.95', 'standard', 'stock'],
  ['SYR-CAR-1L', 'Caramel syrup 1 L', 'pcs', '8.95', 'standard', 'stock'],
  ['SYR-HAZ-1L', 'Hazelnut syrup 1 L', 'pcs', '8.95', 'standard', 'stock'],
  ['SYR-GING-1L', 'Gingerbread syrup 1 L (seasonal)', 'pcs', '9.40', 'standard', 'archived'],
  ['MLK-OAT-1L-6', 'Barista oat drink 1 L (case of 6)', 'case', '14.40', 'zero', 'stock'],
  ['MLK-ALM-1L-6', 'Barista almond drink 1 L (case of 6)', 'case', '15.90', 'zero', 'stock'],
  ['MLK-UHT-1L-12', 'Whole milk UHT 1 L (case of 12)', 'case', '13.20', 'zero', 'stock'],
  ['PAN-SUG-SACH-1000', 'Brown sugar sachets (box of 1000)', 'box', '11.50', 'zero', 'stock'],
  ['PAN-CHOC-1KG', 'Hot chocolate powder 1 kg', 'pcs', '12.80', 'zero', 'stock'],
  ['PAN-OLV-5L', 'Extra virgin olive oil 5 L', 'pcs', '42.00', 'zero', 'stock'],
  ['PAN-RICE-10KG', 'Arborio rice 10 kg', 'pcs', '28.50', 'zero', 'stock'],
  ['PAN-PASTA-5KG', 'Penne rigate 5 kg', 'pcs', '9.60', 'zero', 'stock'],
  ['PAN-FLOUR-16KG', 'Strong white flour 16 kg', 'pcs', '17.90', 'zero', 'stock'],
  ['PAN-OATS-LOOSE', 'Irish porridge oats, loose', 'kg', '2.35', 'zero', 'stock'],
  ['PAN-HONEY-3KG', 'Irish wildflower honey 3 kg', 'pcs', '36.00', 'zero', 'stock'],
  ['BAK-CROI-48', 'Frozen butter croissants (box of 48)', 'box', '29.90', 'zero', 'stock'],
  ['BAK-MUF-24', 'Frozen blueberry muffins (box of 24)', 'box', '21.60', 'zero', 'stock'],
  ['BAK-SCONE-40', 'Frozen fruit scones (box of 40)', 'box', '18.40', 'zero', 'stock'],
  ['BAK-BISC-100', 'Chocolate biscuits, wrapped singly (box of 100)', 'box', '24.00', 'standard', 'stock'],
  ['BAK-FLAP-24', 'Oat flapjacks (box of 24)', 'box', '19.20', 'standard', 'stock'],
  ['KIT-CUP-CAP-6', 'Porcelain cappuccino cups 180 ml (box of 6)', 'box', '27.00', 'standard', 'stock'],
  ['KIT-CUP-ESP-12', 'Porcelain espresso cups 80 ml (box of 12)', 'box', '33.60', 'standard', 'stock'],
  ['KIT-JUG-600', 'Stainless steel milk jug 600 ml', 'pcs', '12.90', 'standard', 'stock'],
  ['KIT-TAMP-58', 'Espresso tamper 58 mm', 'pcs', '24.90', 'standard', 'stock'],
  ['KIT-KNOCK-BOX', 'Knock box for coffee grounds', 'pcs', '29.50', 'standard', 'stock'],
  ['KIT-PAN-28', 'Non-stick frying pan 28 cm', 'pcs', '34.90', 'standard', 'stock'],
  ['KIT-POT-10L', 'Stainless steel stock pot 10 L', 'pcs', '49.00', 'standard', 'stock'],
  ['KIT-KNF-CHEF-20', "Chef's knife 20 cm", 'pcs', '39.90', 'standard', 'stock'],
  ['KIT-GN-11-65', 'Gastronorm pan 1/1, 65 mm deep', 'pcs', '11.80', 'standard', 'stock'],
  ['KIT-THERM-DIG', 'Digital probe thermometer', 'pcs', '18.90', 'standard', 'stock'],
  ['KIT-SCALE-5KG', 'Kitchen scale 5 kg', 'pcs', '26.50', 'standard', 'stock'],
  ['DSP-CUP-8OZ', 'Compostable hot cups 8 oz (case of 1000)', 'case', '68.00', 'standard', 'stock'],
  ['DSP-CUP-12OZ', 'Compostable hot cups 12 oz (case of 1000)', 'case', '79.00', 'standard', 'stock'],
  ['DSP-LID-1000', 'Compostable cup lids (case of 1000)', 'case', '34.00', 'standard', 'stock'],
  ['DSP-NAPK-4000', 'Napkins 2-ply (case of 4000)', 'case', '29.50', 'standard', 'stock'],
  ['DSP-BAG-250', 'Kraft paper carrier bags (box of 250)', 'box', '22.40', 'standard', 'stock'],
  ['DSP-GLOVE-M-100', 'Nitrile gloves, size M (box of 100)', 'box', '7.90', 'standard', 'stock'],
  ['CLN-DESC-1L', 'Espresso machine descaler 1 L', 'pcs', '14.20', 'standard', 'stock'],
  ['CLN-TAB-100', 'Group head cleaning tablets (box of 100)', 'box', '17.60', 'standard', 'stock'],
  ['CLN-DISH-5L', 'Dishwasher detergent 5 L', 'pcs', '19.90', 'standard', 'stock'],
  ['CLN-SAN-5L', 'Food-safe sanitiser 5 L', 'pcs', '21.30', 'standard', 'stock'],
  ['EQP-GRND-64', 'Commercial coffee grinder, 64 mm burrs', 'pcs', '689.00', 'standard', 'stock'],
  ['EQP-URN-10L', 'Catering water boiler 10 L', 'pcs', '129.00', 'standard', 'stock'],
  ['EQP-BLEND-2L', 'Commercial blender 2 L', 'pcs', '249.00', 'standard', 'stock'],
  ['SRV-DELIVERY', 'Delivery charge', 'pcs', '12.50', 'standard', 'service'],
  ['SRV-BARISTA-HR', 'Barista training hour', 'hour', '65.00', 'standard', 'service'],
  ['SRV-MACH-SERVICE', 'Espresso machine service visit', 'pcs', '95.00', 'reduced', 'service'],
  ['SRV-REPAIR-HR', 'Equipment repair, per hour', 'hour', '58.00', 'reduced', 'service'],
];

/** Catalogue texts for the items that need more than a name. */
export const descriptions: Record<string, string> = {
  'COF-ESP-1KG': 'Brazil and India blend, medium-dark roast.',
  'COF-ESP-LOOSE': 'Sold by weight from 5 kg.',
  'COF-GRND-250G': 'Replaced by COF-HOUSE-1KG.',
  'SRV-DELIVERY': 'Per drop; free over €250 net.',
  'SRV-MACH-SERVICE': 'Clean, descale and gasket check.',
};

/** GS1 Ireland prefix 539 with a made-up company prefix; the item reference follows the catalogue order. */
export const BARCODE_PREFIX = '5391234';
