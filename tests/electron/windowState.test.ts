import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  fitWindowState,
  parseWindowState,
  serializeWindowState,
  type Rectangle,
} from '../../electron/shell/windowState';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads what serializeWindowState wrote', () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, isMaximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it.each([
    null,
    '',
    '{',
    'null',
    '[]',
    '{"x":1,"y":2,"width":"wide","height":3}',
    '{"x":0,"y":0,"width":0,"height":600}',
  ])('treats %j as no saved state', (text) => expect(parseWindowState(text)).toBeNull());

  it('treats anything but true as not maximized', () => {
    expect(parseWindowState('{"x":0,"y":0,"width":900,"height":600,"isMaximized":"yes"}')?.isMaximized).toBe(
      false,
    );
  });
});

describe('fitWindowState', () => {
  it('centres the default size on the primary display the first time', () => {
    const { bounds, isMaximized } = fitWindowState(null, [laptop], laptop);
    expect(bounds).toEqual({ x: 320, y: 125, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height });
    expect(isMaximized).toBe(false);
  });

  it('keeps saved bounds that are on a current display', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: false };
    expect(fitWindowState(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('brings a window from an unplugged monitor back to the primary display, keeping its size', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: true };
    expect(fitWindowState(saved, [laptop], laptop)).toEqual({
      bounds: { x: 260, y: 75, width: 1400, height: 900 },
      isMaximized: true,
    });
  });

  it('pulls a window that hangs over the edge fully onto its display and shrinks one that is too big', () => {
    const hanging = { bounds: { x: 1700, y: -40, width: 1000, height: 700 }, isMaximized: false };
    expect(fitWindowState(hanging, [laptop], laptop).bounds).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
    });
    const huge = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, isMaximized: false };
    expect(fitWindowState(huge, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
  });

  it('never goes below the minimum size', () => {
    const tiny = { bounds: { x: 100, y: 100, width: 200, height: 100 }, isMaximized: false };
    expect(fitWindowState(tiny, [laptop], laptop).bounds).toEqual({
      x: 100,
      y: 100,
      width: 800,
      height: 560,
    });
  });
});
