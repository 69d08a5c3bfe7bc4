import type { CSSProperties } from 'react';

import type { Track } from '../../domain/types.ts';

/** A track label with a dot in the track's colour; the text stays dark for contrast. */
export function TrackChip({ track }: { track: Track }) {
  return (
    <span className="track-chip" style={{ '--track-color': track.color } as CSSProperties}>
      {track.label}
    </span>
  );
}
