import { defineWords } from '../../base/words.ts';

export const printWords = defineWords({
  vi: {
    'print.notice': 'THÔNG BÁO',
    'print.subject': 'Niêm yết công khai: {title}',
    'print.number': 'Số:',
    'print.sign.for': 'TM. ỦY BAN NHÂN DÂN',
    'print.sign.role': 'CHỦ TỊCH',
    'print.sign.how': '(Ký, ghi rõ họ tên và đóng dấu)',
    'print.posted': 'Thời gian niêm yết',
    'print.notStated': 'không ghi trong nội dung',
    'print.qr': 'Quét mã để xem bản đầy đủ, luôn cập nhật, trên điện thoại',
    'print.noAddress':
      'Bản đầy đủ, luôn cập nhật, sẽ có trên cổng minh bạch của tỉnh; địa chỉ và mã QR sẽ được thông báo khi cổng có tên miền chính thức.',
    'print.feedback': 'Người dân có ý kiến về nội dung niêm yết xin gửi về UBND xã, phường trong thời gian niêm yết.',
    'print.sample': 'DỮ LIỆU MINH HỌA — không phải số liệu thật.',
    'print.back': 'Quay lại trang',
    'print.how': 'Trang này để in ra giấy A4 và dán lên bảng tin (dùng lệnh In của trình duyệt).',
    'print.sheet': 'Bản in niêm yết (A4)',
  },
  en: {
    'print.notice': 'NOTICE',
    'print.subject': 'Public posting: {title}',
    'print.number': 'No.:',
    'print.sign.for': "ON BEHALF OF THE PEOPLE'S COMMITTEE",
    'print.sign.role': 'CHAIR',
    'print.sign.how': '(Signature, full name and seal)',
    'print.posted': 'Posted',
    'print.notStated': 'not stated in the content',
    'print.qr': 'Scan to read the full, up-to-date version on a phone',
    'print.noAddress':
      "The full, up-to-date version will be on the province's transparency portal; its address and a QR code will be given once the portal has its official domain.",
    'print.feedback':
      'Residents with comments on this notice may send them to the commune People’s Committee while it is posted.',
    'print.sample': 'SAMPLE DATA — not real figures.',
    'print.back': 'Back to the page',
    'print.how': "This page is for printing on A4 and posting on a notice board (use the browser's Print command).",
    'print.sheet': 'Notice-board sheet (A4)',
  },
});
