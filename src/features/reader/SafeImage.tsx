import { useState } from 'react';
import { useI18n } from '../../shared/i18n';

interface Props {
  /** Image address from the article. */
  src?: string;
  /** Alternative text from the article. */
  alt?: string;
  /** When false, only a text stand-in is shown. */
  show: boolean;
}

function hostOf(src: string | undefined): string {
  try {
    return new URL(src ?? '', 'http://localhost').hostname;
  } catch {
    return '?';
  }
}

/** A lazy image that sends no referrer and degrades to a tidy placeholder. */
export function SafeImage({ src, alt, show }: Props) {
  const { t } = useI18n();
  const [broken, setBroken] = useState(false);
  const label = alt?.trim() || t('imageFrom', { host: hostOf(src) });
  if (!show || broken || !src) {
    return (
      <span className="image-placeholder" data-broken={broken || !src ? 'true' : undefined} role="img" aria-label={label}>
        {broken ? `${t('imageMissing')}: ${label}` : label}
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={label}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      className="article-image"
      onError={() => setBroken(true)}
    />
  );
}
