import { Button } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { imageSource } from './imageSource';
import { useRemoteImage } from './remoteImages';

interface Props {
  /** Image address from the article. */
  src?: string;
  /** Alternative text from the article. */
  alt?: string;
  /** When false, only a text stand-in is shown. */
  show: boolean;
}

const pageAddress = () => (typeof location === 'undefined' ? 'http://localhost/' : location.href);

/**
 * A lazy image that sends no referrer and degrades to a tidy placeholder. An image of another site
 * stays a placeholder (no request leaves the app) until the reader loads it or all of the story's.
 */
export function SafeImage({ src, alt, show }: Props) {
  const { t } = useI18n();
  const [broken, setBroken] = useState(false);
  const source = imageSource(src, pageAddress());
  const remote = useRemoteImage(source.kind === 'remote' ? source.url : null);
  const host = source.kind === 'remote' ? source.host : source.kind === 'local' ? t('thisSite') : '?';
  const label = alt?.trim() || t('imageFrom', { host });
  if (!show || broken || source.kind === 'none') {
    return (
      <span className="image-placeholder" data-broken={broken || source.kind === 'none' ? 'true' : undefined} role="img" aria-label={label}>
        {broken ? `${t('imageMissing')}: ${label}` : label}
      </span>
    );
  }
  if (source.kind === 'remote' && !remote.allowed) {
    return (
      <span className="image-placeholder remote-image" role="group" aria-label={label} data-remote-image={source.host}>
        <span className="remote-image-alt">{label}</span>
        <span className="remote-image-host">{t('remoteImageNote', { host: source.host })}</span>
        <Button type="button" size="compact-xs" variant="light" onClick={remote.ask}>
          {t('loadImage')}
        </Button>
      </span>
    );
  }
  return (
    <img
      src={source.url}
      alt={label}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      className="article-image"
      onError={() => setBroken(true)}
    />
  );
}
