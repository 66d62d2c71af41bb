import { defineWords } from '../../base/words.ts';

export const printWords = defineWords({
  vi: {
    'print.notice': 'THÔNG BÁO NIÊM YẾT CÔNG KHAI',
    'print.posted': 'Thời gian niêm yết',
    'print.notStated': 'không ghi trong nội dung',
    'print.online': 'Xem bản đầy đủ, luôn cập nhật, tại',
    'print.qr': 'Quét mã để xem trên điện thoại',
    'print.noAddress': 'địa chỉ trang trên cổng (cổng chưa điền tên miền, nên chưa có mã QR)',
    'print.feedback': 'Người dân có ý kiến về nội dung niêm yết xin gửi về UBND xã, phường trong thời gian niêm yết.',
    'print.sample': 'DỮ LIỆU MINH HỌA — không phải số liệu thật.',
    'print.back': 'Quay lại trang',
    'print.how': 'Trang này để in ra giấy A4 và dán lên bảng tin (dùng lệnh In của trình duyệt).',
    'print.sheet': 'Bản in niêm yết (A4)',
  },
  en: {
    'print.notice': 'PUBLIC NOTICE',
    'print.posted': 'Posted',
    'print.notStated': 'not stated in the content',
    'print.online': 'The full, up-to-date version is at',
    'print.qr': 'Scan to read it on a phone',
    'print.noAddress':
      "the page's address on the portal (the portal's domain has not been filled in, so there is no QR code yet)",
    'print.feedback':
      'Residents with comments on this notice may send them to the commune People’s Committee while it is posted.',
    'print.sample': 'SAMPLE DATA — not real figures.',
    'print.back': 'Back to the page',
    'print.how': "This page is for printing on A4 and posting on a notice board (use the browser's Print command).",
    'print.sheet': 'Notice-board sheet (A4)',
  },
});
