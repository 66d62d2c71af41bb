import { defineWords } from '../../base/words.ts';

/** What a demonstration build says of itself (site.yaml `demonstration: true`). */
export const demonstrationWords = defineWords({
  vi: {
    'demo.mark': 'Bản trình diễn',
    'demo.page': 'không phải cổng chính thức của cơ quan nhà nước.',
    'demo.sheet': 'không phải văn bản chính thức, không dùng để niêm yết.',
  },
  en: {
    'demo.mark': 'Demonstration',
    'demo.page': 'not an official government portal.',
    'demo.sheet': 'not an official notice; not for posting.',
  },
});
