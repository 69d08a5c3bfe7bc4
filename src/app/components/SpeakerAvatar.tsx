import { assetUrl } from '../lib/asset-url.ts';

/** Returns up to two initials of a name: `María José Núñez` gives `MN`. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Renders a speaker's photo, or their initials on a plain disc when the data has no photo. */
export function SpeakerAvatar({ name, photo, size = 'small' }: { name: string; photo: string | null; size?: 'small' | 'large' }) {
  if (photo !== null && photo !== '') {
    return <img className={`avatar avatar-${size}`} src={assetUrl(photo)} alt="" loading="lazy" />;
  }
  return (
    <span className={`avatar avatar-${size} avatar-initials`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
