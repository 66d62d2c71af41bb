/** Interface words of the investment projects and their supervision. */
import { defineWords } from '../../../base/words.ts';

export const investmentWords = defineWords({
  vi: {
    'cd.investment': 'Đầu tư và giám sát của cộng đồng',
    'cd.supervision': 'Giám sát của cộng đồng',
    'cd.supervision.none': 'chưa có kết quả giám sát',
  },
  en: {
    'cd.investment': 'Investment and community supervision',
    'cd.supervision': 'Community supervision',
    'cd.supervision.none': 'no supervision result yet',
  },
});
