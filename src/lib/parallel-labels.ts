/** The labels of the parallel view (src/lib/blocks.ts) from the UI dictionaries. */
import { t } from '../i18n';
import type { Lang } from '../schemas/shared';
import type { ParallelLabels } from './blocks';

export function parallelLabels(lang: Lang): ParallelLabels {
  return {
    anchor: { ja: t('ja', 'anchor.block'), en: t('en', 'anchor.block') },
    noEnglish: t(lang, 'view.noEnglish'),
    noJapanese: t(lang, 'view.noJapanese'),
    lang,
  };
}
