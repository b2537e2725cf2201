/**
 * Highlighting depends on the code alone, not on how fast the machine is: with the clock made to
 * jump a second at every reading, as a loaded build machine can, Shiki's per-line time limit would
 * stop tokenizing lines early and leave them uncoloured.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlight } from '../../src/lib/highlight';

const R = 'measures <- read.csv("https://x.jp/data/measures.csv", fileEncoding = "UTF-8")\ntable(measures$strategy_id)';
const PY = 'import pandas as pd\n\nmeasures = pd.read_csv("https://x.jp/data/measures.csv")\nprint(measures.groupby("strategy_id").size())';

afterEach(() => vi.restoreAllMocks());

describe('highlight', () => {
  it('gives the same HTML when every line seems to take a second to tokenize', async () => {
    const steady = [await highlight(R, 'r'), await highlight(PY, 'python')];
    expect(steady[0]).toContain('tok-');
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    expect([await highlight(R, 'r'), await highlight(PY, 'python')]).toEqual(steady);
  });
});
