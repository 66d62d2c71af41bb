/** Sample land recovery projects, consultations and residents' questions (dữ liệu minh họa). */
import type { SampleCommune } from './communes.ts';

const lower = (c: SampleCommune) => c.name.replace(/^(Xã|Phường)/, (m) => m.toLowerCase());

export function recoveryProjects(c: SampleCommune) {
  if (!c.full) return [];
  const urban = c.division === 'phường';
  return [
    {
      id: urban ? 'mo-rong-duong-noi-thi' : 'duong-giao-thong-lien-xa',
      name: urban ? `Mở rộng đường nội thị ${lower(c)} (giai đoạn 1)` : `Đường giao thông liên xã qua ${lower(c)}`,
      purpose: urban
        ? 'Mở rộng mặt đường, xây vỉa hè và hệ thống thoát nước'
        : 'Xây dựng đường giao thông liên xã, kết nối vùng sản xuất với quốc lộ',
      decision: 'Quyết định thu hồi đất số 88 (số hiệu minh họa) ngày 5/8/2025 của UBND ' + lower(c),
      area_ha: urban ? 2.35 : 6.8,
      households: urban ? 37 : 52,
      land_types: urban
        ? ['Đất ở đô thị', 'Đất trồng cây hằng năm']
        : ['Đất trồng lúa', 'Đất trồng cây lâu năm', 'Đất ở nông thôn'],
      compensation: urban
        ? [
            { land_type: 'Đất ở đô thị', rate: 9800, unit: 'nghìn đồng/m²' },
            { land_type: 'Đất trồng cây hằng năm', rate: 62, unit: 'nghìn đồng/m²' },
          ]
        : [
            { land_type: 'Đất trồng lúa', rate: 55, unit: 'nghìn đồng/m²' },
            { land_type: 'Đất trồng cây lâu năm', rate: 48, unit: 'nghìn đồng/m²' },
            { land_type: 'Đất ở nông thôn', rate: 2600, unit: 'nghìn đồng/m²' },
          ],
      resettlement: urban
        ? '6 hộ bị thu hồi hết đất ở được bố trí tái định cư tại khu tái định cư của phường (lô đất 100–120 m²)'
        : '3 hộ được giao đất tái định cư tại khu dân cư thôn 2',
      timeline: {
        notice: '2025-03-10',
        inventory: '2025-04-15',
        plan_posted: '2025-06-02',
        approval: '2025-07-18',
        payment: urban ? '2025-09-12' : null,
        handover: null,
      },
      published: '2025-03-12',
    },
  ];
}

export function discussion(c: SampleCommune) {
  // No e-mail or phone is made up: the consultation names the office, and the page says there is no online channel.
  const how = { address: `Bộ phận Một cửa, Trụ sở UBND ${lower(c)}`, email: null, office_phone: null };
  const consultations = [];
  if (c.id === 'phuong-dong-ha' || c.instance === 'bac-ninh') {
    consultations.push({
      id: 'du-thao-ke-hoach-su-dung-dat-2026',
      title: 'Lấy ý kiến dự thảo kế hoạch sử dụng đất năm 2026',
      topic: 'land-use-plan',
      summary:
        'Dự thảo đưa vào kế hoạch năm 2026 các công trình: mở rộng đường nội thị, xây dựng trường mầm non và đấu giá quyền sử dụng đất ở tại hai khu dân cư mới.',
      draft: { title: 'Dự thảo kế hoạch sử dụng đất năm 2026 và danh mục công trình, dự án', file: null },
      opens: '2025-12-10',
      closes: '2026-01-09',
      how_to_comment: how,
      result: null,
    });
  }
  if (c.id === 'xa-cam-lo' || c.instance === 'bac-ninh') {
    consultations.push({
      id: 'du-thao-du-toan-ngan-sach-2026',
      title: 'Lấy ý kiến dự thảo dự toán ngân sách năm 2026',
      topic: 'budget',
      summary:
        'Dự thảo dự toán thu, chi ngân sách năm 2026 trình HĐND, trong đó ưu tiên chi đầu tư cho đường giao thông nội đồng và sửa chữa trường học.',
      draft: { title: 'Dự thảo dự toán ngân sách năm 2026 và thuyết minh', file: null },
      opens: '2025-11-10',
      closes: '2025-11-30',
      how_to_comment: how,
      result: {
        published: '2025-12-08',
        comments_received: 27,
        summary:
          'Nhận 27 ý kiến (19 ý kiến tại các buổi họp thôn, 8 ý kiến gửi thư điện tử). Phần lớn đề nghị tăng chi sửa chữa đường nội đồng và chiếu sáng công cộng.',
        replies: [
          {
            comment: 'Đề nghị bố trí kinh phí sửa chữa đường nội đồng thôn 3 bị hư hỏng sau mùa mưa lũ.',
            reply: 'Tiếp thu: bổ sung 450 triệu đồng vào dự toán chi đầu tư năm 2026 cho tuyến đường này.',
          },
          {
            comment: 'Đề nghị công khai chi tiết các khoản chi hội nghị.',
            reply:
              'Tiếp thu: phụ lục chi thường xuyên chi tiết đến từng nhiệm vụ sẽ đăng cùng dự toán sau khi HĐND quyết định.',
          },
        ],
      },
    });
  }
  const questions = c.full
    ? [
        {
          id: 'hoi-thoi-gian-chi-tra-boi-thuong',
          asked: '2025-08-04',
          topic: 'Đất đai',
          question: 'Khi nào các hộ bị thu hồi đất làm đường được nhận tiền bồi thường?',
          answered: '2025-08-14',
          answer:
            'Phương án đã được phê duyệt ngày 18/7/2025; tiền bồi thường được chi trả trong tháng 9/2025 tại trụ sở UBND, các hộ sẽ nhận giấy mời trước 5 ngày.',
          answered_by: `Chủ tịch UBND ${c.division}`,
        },
        {
          id: 'hoi-danh-sach-ho-ngheo',
          asked: '2025-11-24',
          topic: 'Hộ nghèo',
          question: 'Gia đình có người ốm dài ngày, thu nhập giảm thì có được xem xét đưa vào diện hộ cận nghèo không?',
          answered: '2025-12-03',
          answer:
            'Hộ gia đình làm giấy đề nghị theo mẫu gửi trưởng thôn hoặc UBND để được rà soát; việc xét duyệt theo chuẩn nghèo đa chiều giai đoạn 2022–2025.',
          answered_by: `Phó Chủ tịch UBND ${c.division}`,
        },
        {
          id: 'hoi-den-duong',
          asked: '2025-12-15',
          topic: 'Hạ tầng',
          question: `Bao giờ sửa đèn đường ở ${c.division === 'phường' ? 'khu phố' : 'thôn'} 2?`,
          answered: null,
          answer: null,
          answered_by: null,
        },
      ]
    : [];
  if (!consultations.length && !questions.length) return null;
  return { consultations, questions };
}
