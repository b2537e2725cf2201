/**
 * How many top-level blocks each data component renders in a text, from the site's data: the block
 * ids after it in its section depend on it (lib/blocks.ts numbers every top-level element). Mirrors
 * the components' markup: <MeasureIndex> is a list with one item per row (or one table where the
 * strategy has its own columns), <KpiOverview> one table per pillar, <NetworkMembers> a table and
 * its key. tests/build/xliff-ids.test.ts compares the ids with the built pages, so a component that
 * changes its markup without this table fails there.
 */
import type { StrategyView } from './content-index';
import type { ComponentBlocks } from './text-blocks';

export function componentBlocks<E>(strategy: StrategyView<E>): ComponentBlocks {
  return (name, props) => {
    switch (name) {
      case 'MeasureIndex':
        return strategy.data.measureTable ? 1 : (strategy.listings.get(props.pillar ?? '')?.length ?? 0);
      case 'KpiOverview':
        return strategy.data.pillars.length;
      case 'NetworkMembers':
        return 2;
      default:
        return 1;
    }
  };
}
