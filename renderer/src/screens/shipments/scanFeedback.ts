// What the packer sees and hears after a scan: one sentence, a tone, and an icon (colour is never the only signal).
import type { ScanResult, Shipment } from '../../../../shared/contract';

export type ScanTone = 'progress' | 'done' | 'warning' | 'error';

export interface ScanFeedback {
  tone: ScanTone;
  icon: string;
  text: string;
}

export const scanIcons: Record<ScanTone, string> = { progress: '+', done: '✓', warning: '!', error: '✗' };

function feedback(tone: ScanTone, text: string): ScanFeedback {
  return { tone, icon: scanIcons[tone], text };
}

export function scanFeedback(
  code: string,
  scan: ScanResult,
  shipment: Shipment,
  quantityText: (value: string) => string,
): ScanFeedback {
  switch (scan.result) {
    case 'packed': {
      const line = shipment.lines.find((l) => l.id === scan.lineId);
      const name = line?.description ?? code;
      const count = `${quantityText(scan.packed)} of ${quantityText(scan.quantity)} packed`;
      if (!scan.complete) return feedback('progress', `${name} — ${count}`);
      const next = shipment.isFullyPacked ? ' Everything is packed: ready to ship.' : ' Line complete.';
      return feedback('done', `${name} — ${count}.${next}`);
    }
    case 'already_complete': {
      const line = shipment.lines.find((l) => l.id === scan.lineId);
      return feedback('warning', `${line?.description ?? code} is already fully packed`);
    }
    case 'not_in_shipment':
      return feedback('error', `${scan.productName} is not in this shipment`);
    case 'unknown_code':
      return feedback('error', `No product has the code ${code}`);
  }
}
