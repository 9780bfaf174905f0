import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetListStates } from '../../renderer/src/lib/useListState';

afterEach(() => {
  cleanup();
  delete window.ordo;
  window.location.hash = '';
  forgetListStates();
});
