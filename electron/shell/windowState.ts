// The main window's remembered size and position (window-state.json), validated and kept on a visible display,
// so a monitor that was unplugged since last time never leaves the window off-screen.

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  isMaximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the window must overlap a display to count as reachable: enough to grab the title bar. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads the saved file's text; anything malformed (hand-edited, truncated, older format) counts as "no state". */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { x, y, width, height, isMaximized } = data as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  const bounds = { x, y, width, height } as Rectangle;
  if (bounds.width <= 0 || bounds.height <= 0) return null;
  return { bounds, isMaximized: isMaximized === true };
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify({ ...state.bounds, isMaximized: state.isMaximized }, null, 2);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centered(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.round(Math.min(Math.max(size.width, MIN_SIZE.width), area.width));
  const height = Math.round(Math.min(Math.max(size.height, MIN_SIZE.height), area.height));
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds when they are reachable on a current display (shrunk to fit it),
 * otherwise the saved (or default) size centred on the primary display.
 */
export function fitWindowState(
  saved: WindowState | null,
  workAreas: Rectangle[],
  primary: Rectangle,
): WindowState {
  if (!saved) return { bounds: centered(DEFAULT_SIZE, primary), isMaximized: false };
  const home = workAreas.find((area) => {
    const o = overlap(saved.bounds, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  if (!home) return { bounds: centered(saved.bounds, primary), isMaximized: saved.isMaximized };
  const width = Math.round(Math.min(Math.max(saved.bounds.width, MIN_SIZE.width), home.width));
  const height = Math.round(Math.min(Math.max(saved.bounds.height, MIN_SIZE.height), home.height));
  const x = Math.round(Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - width));
  const y = Math.round(Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - height));
  return { bounds: { x, y, width, height }, isMaximized: saved.isMaximized };
}
