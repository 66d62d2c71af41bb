/** Names of the kinds of unit, in both interface languages. */
import type { Lang } from '../../base/words.ts';
import type { UnitKind } from './schema.ts';

export const unitKindLabels: Record<Lang, Record<UnitKind, string>> = {
  vi: {
    province: 'Tỉnh, thành phố',
    district: 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
    commune: 'Xã, phường, thị trấn, đặc khu',
    'people-committee': 'Ủy ban nhân dân',
    'people-council': 'Hội đồng nhân dân',
    'party-committee': 'Cấp ủy Đảng',
    'national-assembly-delegation': 'Đoàn đại biểu Quốc hội',
    department: 'Cơ quan chuyên môn',
    'central-agency': 'Cơ quan Trung ương trên địa bàn',
    'public-service-unit': 'Đơn vị sự nghiệp',
    media: 'Cơ quan báo chí, truyền thông',
    'mass-organisation': 'Mặt trận, đoàn thể',
    'inspection-board': 'Ban thanh tra, giám sát của nhân dân',
    enterprise: 'Doanh nghiệp',
    official: 'Chức danh, công chức',
    committee: 'Ban chỉ đạo',
  },
  en: {
    province: 'Province or city',
    district: 'District (abolished 1 July 2025)',
    commune: 'Commune, ward or township',
    'people-committee': "People's Committee",
    'people-council': "People's Council",
    'party-committee': 'Party committee',
    'national-assembly-delegation': 'National Assembly delegation',
    department: 'Department',
    'central-agency': 'Central agency in the province',
    'public-service-unit': 'Public service unit',
    media: 'Media',
    'mass-organisation': 'Fatherland Front and mass organisations',
    'inspection-board': "People's inspection and supervision boards",
    enterprise: 'Enterprise',
    official: 'Post or civil servant',
    committee: 'Steering committee',
  },
};
