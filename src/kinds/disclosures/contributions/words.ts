/** Interface words of the voluntary contributions. */
import { defineWords } from '../../../base/words.ts';

export const contributionWords = defineWords({
  vi: {
    'cd.contributions': 'Đóng góp tự nguyện',
  },
  en: {
    'cd.contributions': 'Voluntary contributions',
  },
});
