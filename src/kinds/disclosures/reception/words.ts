/** Interface words of the citizen-reception schedule and hotlines. */
import { defineWords } from '../../../base/words.ts';

export const receptionWords = defineWords({
  vi: {
    'cd.reception': 'Lịch tiếp công dân',
    'cd.hotlines': 'Đường dây nóng',
    'cd.phone.missing': 'Ô điện thoại để trống là số chưa được công bố.',
    'cd.phone.sample': 'Đây là dữ liệu minh họa nên không ghi số điện thoại.',
  },
  en: {
    'cd.reception': 'Citizen reception schedule',
    'cd.hotlines': 'Hotlines',
    'cd.phone.missing': 'An empty phone cell is a number not yet published.',
    'cd.phone.sample': 'This is sample data, so no phone number is given.',
  },
});
