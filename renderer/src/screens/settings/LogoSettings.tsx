// The logo printed on documents: upload a PNG or JPEG of at most 1 MB, preview it, remove it.
import { useId, useState, type ChangeEvent } from 'react';
import { useToast } from '../../components/Toasts';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';

// Mirrors the contract's limits so the user hears about a wrong file at once; main checks them again.
const MAX_LOGO_BYTES = 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
type LogoType = (typeof LOGO_TYPES)[number];

function isLogoType(type: string): type is LogoType {
  return (LOGO_TYPES as readonly string[]).includes(type);
}

/** The file's bytes as base64, without the "data:…;base64," prefix. */
function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function LogoSettings({ hasLogo }: { hasLogo: boolean }) {
  const inputId = useId();
  const toast = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const logo = useOrdoQuery('settings.getLogo', {}, { enabled: hasLogo });
  const setLogo = useOrdoMutation('settings.setLogo');

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!isLogoType(file.type)) return setProblem('Choose a PNG or JPEG image.');
    if (file.size > MAX_LOGO_BYTES) return setProblem('The logo must be at most 1 MB. Try a smaller image.');
    setProblem(null);
    try {
      const dataBase64 = await readAsBase64(file);
      await setLogo.mutateAsync({ image: { mimeType: file.type, dataBase64 } });
      toast('Logo saved');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The logo could not be saved.');
    }
  }

  async function remove() {
    try {
      await setLogo.mutateAsync({ image: null });
      toast('Logo removed');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The logo could not be removed.');
    }
  }

  return (
    <section className="section" aria-labelledby="logo-title">
      <h2 id="logo-title" className="section-heading">
        Logo
      </h2>
      {hasLogo && logo.data ? (
        <img
          className="logo-preview"
          src={`data:${logo.data.mimeType};base64,${logo.data.dataBase64}`}
          alt="Current logo"
        />
      ) : (
        <p className="muted">No logo yet. Documents show the company name instead.</p>
      )}
      <div className="field">
        <label htmlFor={inputId}>{hasLogo ? 'Replace logo' : 'Upload logo'}</label>
        <input
          id={inputId}
          type="file"
          accept="image/png,image/jpeg"
          onChange={(event) => void upload(event)}
          disabled={setLogo.isPending}
          aria-describedby={`${inputId}-hint${problem ? ` ${inputId}-error` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        <p id={`${inputId}-hint`} className="field-hint">
          PNG or JPEG, at most 1 MB.
        </p>
        {problem ? (
          <p id={`${inputId}-error`} className="field-error">
            {problem}
          </p>
        ) : null}
      </div>
      {hasLogo ? (
        <div>
          <button type="button" onClick={() => void remove()} disabled={setLogo.isPending}>
            Remove logo
          </button>
        </div>
      ) : null}
    </section>
  );
}
