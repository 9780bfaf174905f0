import { describe, expect, it } from 'vitest';
import { findCompanyFileArg } from '../../electron/shell/companyFileArg';

describe('findCompanyFileArg', () => {
  it('finds the .ordo file the OS passed', () => {
    expect(findCompanyFileArg(['/opt/Ordo/ordo', '/home/me/Acme.ordo'])).toBe('/home/me/Acme.ordo');
    expect(findCompanyFileArg(['C:\\Ordo\\Ordo.exe', '--allow-file-access', 'C:\\Books\\ACME.ORDO'])).toBe(
      'C:\\Books\\ACME.ORDO',
    );
  });

  it('ignores the executable, flags and other files', () => {
    expect(findCompanyFileArg(['/x/electron.ordo'])).toBeNull();
    expect(findCompanyFileArg(['/x/electron', '.', '--inspect=x.ordo', 'notes.txt'])).toBeNull();
  });
});
