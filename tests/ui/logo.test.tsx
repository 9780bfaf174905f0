import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CompanySettings } from '../../shared/contract';
import { companySettings, installOrdo, renderApp } from './fakeOrdo';

// The first bytes of a PNG file: enough for the upload path, which never decodes the image.
const pngBytes = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);
const pngBase64 = Buffer.from(pngBytes).toString('base64');

/** A company whose logo lives in the fake: setLogo stores it, getLogo and settings.get report it. */
function logoStore() {
  let logo: { mimeType: string; dataBase64: string } | null = null;
  const settings = (): CompanySettings => companySettings({ hasLogo: logo !== null });
  return installOrdo({
    'settings.get': settings,
    'settings.getLogo': () => logo,
    'settings.setLogo': (input) => {
      logo = input.image;
      return settings();
    },
  });
}

describe('company logo', () => {
  it('uploads a PNG as base64 with its type, shows it, and removes it again', async () => {
    const ordo = logoStore();
    const { user } = renderApp('#/settings/company');

    expect(
      await screen.findByText('No logo yet. Documents show the company name instead.'),
    ).toBeInTheDocument();
    const file = new File([pngBytes], 'logo.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Upload logo'), file);

    await waitFor(() =>
      expect(ordo.lastInputOf('settings.setLogo')).toEqual({
        image: { mimeType: 'image/png', dataBase64: pngBase64 },
      }),
    );
    expect(await screen.findByText('Logo saved')).toBeInTheDocument();
    const preview = await screen.findByRole('img', { name: 'Current logo' });
    expect(preview).toHaveAttribute('src', `data:image/png;base64,${pngBase64}`);
    expect(screen.getByLabelText('Replace logo')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    await waitFor(() => expect(ordo.lastInputOf('settings.setLogo')).toEqual({ image: null }));
    expect(await screen.findByText('Logo removed')).toBeInTheDocument();
    expect(
      await screen.findByText('No logo yet. Documents show the company name instead.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Current logo' })).not.toBeInTheDocument();
  });

  it('sends a JPEG with its own type', async () => {
    const ordo = logoStore();
    const { user } = renderApp('#/settings/company');

    const jpeg = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'logo.jpg', { type: 'image/jpeg' });
    await user.upload(await screen.findByLabelText('Upload logo'), jpeg);

    await waitFor(() =>
      expect(ordo.lastInputOf('settings.setLogo')).toEqual({
        image: { mimeType: 'image/jpeg', dataBase64: '/9j/4A==' },
      }),
    );
  });

  it('refuses a file over 1 MB with a message beside the field, without calling main', async () => {
    const ordo = logoStore();
    const { user } = renderApp('#/settings/company');

    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'poster.png', { type: 'image/png' });
    const input = await screen.findByLabelText('Upload logo');
    await user.upload(input, big);

    expect(
      await screen.findByText('The logo must be at most 1 MB. Try a smaller image.'),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('at most 1 MB. Try a smaller image.'));
    expect(ordo.inputsOf('settings.setLogo')).toHaveLength(0);
  });

  it('refuses a file that is not a PNG or JPEG, without calling main', async () => {
    const ordo = logoStore();
    renderApp('#/settings/company');
    // "All files" in the file picker lets any file through; the accept attribute is only a hint.
    const user = userEvent.setup({ applyAccept: false });

    const gif = new File([new Uint8Array([0x47, 0x49, 0x46, 0x38])], 'logo.gif', { type: 'image/gif' });
    const input = await screen.findByLabelText('Upload logo');
    await user.upload(input, gif);

    expect(await screen.findByText('Choose a PNG or JPEG image.')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Choose a PNG or JPEG image.'));
    expect(ordo.inputsOf('settings.setLogo')).toHaveLength(0);
  });
});
