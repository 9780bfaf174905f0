// "Who is working?": choosing a profile (with its PIN when it has one) before the shell shows, for a company
// with several profiles or a PIN. The same chooser serves "Switch user" in the top bar.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CompanyInfo, UserProfile } from '../../../shared/contract';
import { OrdoError } from '../../../shared/errors';
import { TextField } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { focusFirstInvalid } from '../lib/formErrors';
import { formErrorsAnyCode } from '../lib/formErrorsAnyCode';
import { queryKeyOf, useOrdoMutation } from '../lib/queries';
import './ProfilePicker.css';

type Profiles = CompanyInfo['profiles'];

interface ProfileChooserProps {
  profiles: Profiles;
  /** The profile working now (switch user), or null at open. */
  currentUserId: number | null;
  submitLabel: (name: string) => string;
  onSwitched: (profile: UserProfile) => void;
  onCancel?: () => void;
}

export function ProfileChooser({
  profiles,
  currentUserId,
  submitLabel,
  onSwitched,
  onCancel,
}: ProfileChooserProps) {
  const id = useId();
  const client = useQueryClient();
  const firstOther = profiles.find((p) => p.id !== currentUserId) ?? profiles[0];
  const [chosenId, setChosenId] = useState<number | null>(firstOther?.id ?? null);
  const [pin, setPin] = useState('');
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const switchUser = useOrdoMutation('users.switch', {
    onSuccess: (profile) => {
      // Another person: what they may see and do differs, so everything is fetched again as them.
      void client.invalidateQueries();
      onSwitched(profile);
    },
  });
  const chosen = profiles.find((p) => p.id === chosenId) ?? null;
  const errors = formErrorsAnyCode(switchUser.error, (path) => path === 'pin');
  const hasFieldError = Object.keys(errors.fields).length > 0;
  // Where typing starts: the PIN of the profile offered first, else that profile.
  useEffect(() => form?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), [form]);
  useEffect(() => focusFirstInvalid(form), [switchUser.error, form]);

  function choose(profileId: number) {
    setChosenId(profileId);
    setPin('');
    switchUser.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || switchUser.isPending) return;
    switchUser.mutate(chosen.hasPin ? { userId: chosen.id, pin } : { userId: chosen.id }, {
      onError: (error) => {
        if (error instanceof OrdoError && error.code === 'UNAUTHORIZED') setPin('');
      },
    });
  }

  return (
    <form ref={setForm} className="form profile-chooser" onSubmit={submit} noValidate>
      <ErrorSummary errors={hasFieldError ? { fields: {}, general: [] } : errors} title="Could not switch" />
      <fieldset className="profile-list">
        <legend className="visually-hidden">Profile</legend>
        {profiles.map((profile) => (
          <label key={profile.id} htmlFor={`${id}-${profile.id}`} className="profile-option">
            <input
              id={`${id}-${profile.id}`}
              type="radio"
              name={`${id}-profile`}
              checked={profile.id === chosenId}
              onChange={() => choose(profile.id)}
              data-autofocus={profile.id === chosenId && !profile.hasPin ? true : undefined}
            />
            <span className="profile-initial" aria-hidden="true">
              {profile.name.trim().charAt(0).toUpperCase()}
            </span>
            <span className="profile-name">
              {profile.name}
              {profile.id === currentUserId ? (
                <>
                  {' '}
                  <span className="muted">(working now)</span>
                </>
              ) : null}
            </span>{' '}
            {profile.hasPin ? <span className="muted profile-pin">asks for a PIN</span> : null}
          </label>
        ))}
      </fieldset>
      {chosen?.hasPin ? (
        <TextField
          key={chosen.id}
          label={`PIN for ${chosen.name}`}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          onChange={(value) => setPin(value.replace(/\s/g, ''))}
          error={errors.fields.pin}
          data-autofocus
        />
      ) : null}
      <div className="form-actions">
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="button-primary" disabled={!chosen || switchUser.isPending}>
          {chosen ? submitLabel(chosen.name) : 'Choose a profile'}
        </button>
      </div>
    </form>
  );
}

/** The full screen shown instead of the shell until someone chooses their profile. */
export function ProfilePicker({
  company,
  onSwitchCompany,
}: {
  company: CompanyInfo;
  onSwitchCompany: () => void;
}) {
  return (
    <main className="profile-picker" aria-labelledby="picker-title">
      <div className="card profile-card">
        <p className="muted">{company.name}</p>
        <h1 id="picker-title">Who is working?</h1>
        <ProfileChooser
          profiles={company.profiles}
          currentUserId={null}
          submitLabel={(name) => `Continue as ${name}`}
          onSwitched={() => undefined}
        />
        <p className="profile-other">
          <button type="button" className="link-button" onClick={onSwitchCompany}>
            Open another company
          </button>
        </p>
      </div>
    </main>
  );
}

/**
 * A business call answered "choose your profile first" (e.g. main reopened the file): ask company.current
 * again, whose user is then null, so the picker shows.
 */
export function useProfileRequiredWatch(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error: unknown = event.action.error;
        if (error instanceof OrdoError && error.details.profileRequired === true) {
          void client.invalidateQueries({ queryKey: queryKeyOf('company.current', {}) });
        }
      }),
    [client],
  );
}
