// One ipcMain.handle per contract method. A call from any frame that is not the app's own page is refused
// before the dispatcher sees it; everything else goes through the dispatcher, which validates the input.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames, type CallResult } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { Dispatcher } from '../dispatch';
import { callChannel } from '../shell/ipcChannels';
import { isAppUrl } from '../shell/trustedUrl';

/** Decides from the sending frame's URL (null when the frame is gone) whether a call may proceed. */
export type SenderCheck = (senderUrl: string | null) => boolean;

function senderUrlOf(event: IpcMainInvokeEvent): string | null {
  // senderFrame is null when the frame navigated away or was destroyed while the call was in flight.
  return event.senderFrame?.url ?? null;
}

const unauthorized: CallResult = {
  ok: false,
  error: new OrdoError(
    'UNAUTHORIZED',
    'This request did not come from the Ordo window and was refused.',
  ).toJSON(),
};

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatcher: Dispatcher,
  isTrustedSender: SenderCheck = isAppUrl,
): void {
  for (const name of methodNames) {
    ipcMain.handle(callChannel(name), async (event, input: unknown): Promise<CallResult> => {
      if (!isTrustedSender(senderUrlOf(event))) return unauthorized;
      return dispatcher.dispatch(name, input);
    });
  }
}
