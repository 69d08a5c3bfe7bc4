import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { UpdateNotice } from '../../../src/app/pwa/update-notice.tsx';

describe('UpdateNotice', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  test('speaks Spanish by default', () => {
    document.documentElement.lang = 'es-MX';
    render(<UpdateNotice onReload={() => {}} onDismiss={() => {}} />);

    expect(screen.getByRole('status').textContent).toBe('Hay una versión nueva de la agenda.');
    expect(screen.getByRole('button', { name: 'Recargar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Más tarde' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Actualización de la agenda' })).toBeTruthy();
  });

  test('follows a language switch', async () => {
    document.documentElement.lang = 'es-MX';
    render(<UpdateNotice onReload={() => {}} onDismiss={() => {}} />);

    // MutationObserver callbacks run as microtasks, after the attribute change.
    await act(async () => {
      document.documentElement.lang = 'en';
      await Promise.resolve();
    });

    expect(screen.getByRole('status').textContent).toBe('A new version of the agenda is available.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Later' })).toBeTruthy();
  });

  test('buttons call their handlers', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdateNotice onReload={onReload} onDismiss={onDismiss} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Recargar' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(0);

    await user.click(screen.getByRole('button', { name: 'Más tarde' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test('other languages fall back to Spanish', () => {
    document.documentElement.lang = 'fr';
    render(<UpdateNotice onReload={() => {}} onDismiss={() => {}} />);

    expect(screen.getByRole('status').textContent).toBe('Hay una versión nueva de la agenda.');
  });
});
