/** Interface words of the poor-household review. */
import { defineWords } from '../../../base/words.ts';

export const poorHouseholdWords = defineWords({
  vi: {
    'cd.poor': 'Hộ nghèo, hộ cận nghèo',
    'cd.poor.lead':
      'Kết quả rà soát theo từng thôn, khu phố: chỉ có số hộ và số người, không có tên hay số giấy tờ của người dân.',
    'cd.poor.decision': 'Quyết định công nhận',
    'cd.poor.posted': 'Niêm yết công khai',
    'cd.poor.total': 'Cộng toàn xã',
    'cd.poor.totalText': '{poor} hộ nghèo ({poorPersons} người), {nearPoor} hộ cận nghèo ({nearPoorPersons} người)',
  },
  en: {
    'cd.poor': 'Poor and near-poor households',
    'cd.poor.lead':
      "Results of the review by village: counts of households and persons only, never residents' names or document numbers.",
    'cd.poor.decision': 'Recognising decision',
    'cd.poor.posted': 'Posted publicly',
    'cd.poor.total': 'Whole commune',
    'cd.poor.totalText':
      '{poor} poor households ({poorPersons} persons), {nearPoor} near-poor households ({nearPoorPersons} persons)',
  },
});
