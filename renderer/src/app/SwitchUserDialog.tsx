// "Switch user" in the top bar: offered only when the company has more than one profile.
import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/Toasts';
import { useOrdoQuery } from '../lib/queries';
import { ProfileChooser } from './ProfilePicker';

export function SwitchUserAction() {
  const current = useOrdoQuery('company.current', {});
  const [isOpen, setOpen] = useState(false);
  const company = current.data?.open ? current.data.company : null;
  if (!company || company.profiles.length < 2) return null;
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Switch user
      </button>
      {isOpen ? (
        <SwitchUserDialog
          profiles={company.profiles}
          currentUserId={company.user?.id ?? null}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

interface SwitchUserDialogProps {
  profiles: { id: number; name: string; hasPin: boolean }[];
  currentUserId: number | null;
  onClose: () => void;
}

export function SwitchUserDialog({ profiles, currentUserId, onClose }: SwitchUserDialogProps) {
  const toast = useToast();
  return (
    <Dialog title="Switch user" onClose={onClose}>
      <ProfileChooser
        profiles={profiles}
        currentUserId={currentUserId}
        submitLabel={(name) => `Switch to ${name}`}
        onSwitched={(profile) => {
          toast(`Now working as ${profile.name}`);
          onClose();
        }}
        onCancel={onClose}
      />
    </Dialog>
  );
}
