/** Interface words of the citizen-reception schedule and hotlines. */
import { defineWords } from '../../../base/words.ts';

export const receptionWords = defineWords({
  vi: {
    'cd.reception': 'Lịch tiếp công dân',
    'cd.hotlines': 'Đường dây nóng',
  },
  en: {
    'cd.reception': 'Citizen reception schedule',
    'cd.hotlines': 'Hotlines',
  },
});
