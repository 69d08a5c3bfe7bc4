import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts automatically only when the runner exposes globals,
// which this project keeps off.
afterEach(() => {
  cleanup();
});
