// QR codes for share links, as SVG source that the app can inline or offer as a
// download. lean-qr picks the smallest QR version that fits the text.

import { correction, generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

// Scanners need a blank quiet zone around the symbol. 4 modules is the width
// that the QR standard (ISO/IEC 18004) specifies.
const QUIET_ZONE_MODULES = 4;

export interface QrSvg {
  /** A standalone SVG document, black modules on a white background. */
  svg: string;
  /** Width and height of the symbol in modules, without the quiet zone. */
  modules: number;
}

export interface QrSvgOptions {
  /**
   * Pixels per module for the SVG's `width` and `height`. The image scales
   * without loss, so CSS may size it differently.
   * @default 4
   */
  scale?: number;
}

/**
 * Encodes text, usually a share link, as a QR code in SVG. Uses error correction
 * level M (about 15% of the symbol can be lost), which suits a code scanned from
 * another screen with glare.
 *
 * @throws Error when the text does not fit in the largest QR code (version 40).
 */
export function createQrSvg(text: string, options: QrSvgOptions = {}): QrSvg {
  const scale = options.scale ?? 4;

  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, { minCorrectionLevel: correction.M });
  } catch (error) {
    if (!isTooMuchDataError(error)) {
      throw error;
    }
    throw new Error(`Cannot encode ${text.length} characters as a QR code: the text is too long for version 40 at correction level M. Share fewer sessions per link.`, { cause: error });
  }

  const svg = toSvgSource(code, {
    on: '#000000',
    // A white background keeps the code readable in dark mode, where a transparent one shows dark on dark.
    off: '#ffffff',
    pad: QUIET_ZONE_MODULES,
    scale,
  });

  return { svg, modules: code.size };
}

// lean-qr 2.x throws an Error whose `code` is 4 ("Too much data", see lean-qr/extras/errors).
function isTooMuchDataError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 4;
}
