import { describe, expect, it } from 'vitest';

import { createQrSvg } from '../../src/domain/qr';

describe('createQrSvg', () => {
  it('returns an SVG document with a white background', () => {
    const qr = createQrSvg('https://agenda.example.org/my-schedule/import/?e=2024mty&s=abcde.fghjk');

    expect(qr.svg.startsWith('<?xml') || qr.svg.startsWith('<svg')).toBe(true);
    expect(qr.svg).toContain('</svg>');
    expect(qr.svg).toContain('#ffffff');
    expect(qr.modules).toBeGreaterThanOrEqual(21);
  });

  it('grows with the text', () => {
    expect(createQrSvg('x'.repeat(400)).modules).toBeGreaterThan(createQrSvg('x').modules);
  });

  it('explains text too long for a QR code', () => {
    expect(() => createQrSvg('x'.repeat(5000))).toThrow(/Cannot encode 5000 characters as a QR code/);
  });
});
