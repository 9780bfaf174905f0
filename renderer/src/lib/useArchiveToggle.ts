// Archive / restore a record after one confirmation, then say what happened (or what main refused).
import { useConfirm } from '../components/ConfirmDialog';
import { useToast } from '../components/Toasts';

interface Archivable {
  id: number;
  name: string;
  archived: boolean;
}

type ArchiveCall = (input: { id: number; archived: boolean }) => Promise<unknown>;

export function useArchiveToggle(
  noun: string,
  archive: ArchiveCall,
): (record: Archivable) => Promise<boolean> {
  const confirm = useConfirm();
  const toast = useToast();
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);

  return async (record) => {
    const archiving = !record.archived;
    const isSure = await confirm(
      archiving
        ? {
            title: `Archive ${noun}?`,
            message: `“${record.name}” will be hidden from lists and can no longer be picked. Nothing is deleted; you can restore it at any time.`,
            confirmLabel: `Archive ${noun}`,
            destructive: true,
          }
        : {
            title: `Restore ${noun}?`,
            message: `“${record.name}” will be listed and can be picked again.`,
            confirmLabel: `Restore ${noun}`,
          },
    );
    if (!isSure) return false;
    try {
      await archive({ id: record.id, archived: archiving });
      toast(archiving ? `${Noun} archived` : `${Noun} restored`);
      return true;
    } catch (error) {
      toast(error instanceof Error ? error.message : `Could not change the ${noun}.`, 'error');
      return false;
    }
  };
}
