import { defineWords } from '../../base/words.ts';

export const embedWords = defineWords({
  vi: {
    'embed.title': 'Nhúng bảng và biểu đồ vào trang khác',
    'embed.lead':
      'Dành cho biên tập viên Cổng thông tin điện tử tỉnh và các trang khác: dán đoạn mã dưới đây vào trang của bạn. Khung nhúng tự co giãn theo nội dung, có liên kết về trang đầy đủ, và luôn hiện số liệu mới nhất của cổng.',
    'embed.how': 'Cách dùng',
    'embed.how.1': 'Chọn bảng cần nhúng và chép đoạn mã của nó.',
    'embed.how.2':
      'Dán vào trang ở chế độ soạn HTML. Dòng cuối của đoạn mã (dòng tải tệp điều chỉnh khung) chỉ cần một lần trên mỗi trang, dù nhúng nhiều bảng.',
    'embed.how.3':
      'Tên miền của trang nhúng phải có trong danh sách các trang được phép nhúng, trong cấu hình của cổng, thì trình duyệt mới hiện khung nhúng.',
    'embed.page': 'Trang có bảng này',
    'embed.code': 'Mã nhúng',
    'embed.preview': 'Xem trước',
    'embed.allowed': 'Các trang được phép nhúng',
    'embed.none': 'chưa cấu hình',
    'embed.noAddress':
      'Chưa có mã nhúng: mã nhúng cần địa chỉ chính thức của cổng, mà cổng chưa có. Bản xem trước vẫn dùng được.',
    'embed.seeFull': 'Xem đầy đủ trên',
  },
  en: {
    'embed.title': 'Embed tables and charts in another site',
    'embed.lead':
      "For editors of the provincial portal and other sites: paste the code below into your page. The frame sizes itself to its content, links back to the full page, and always shows the portal's latest figures.",
    'embed.how': 'How to use it',
    'embed.how.1': 'Pick the table to embed and copy its code.',
    'embed.how.2':
      'Paste it into the page in HTML mode. The script tag is needed once per page, however many tables you embed.',
    'embed.how.3':
      "The embedding site's origin must be in the list of sites allowed to embed, in the portal's configuration (embed_origins), or browsers will not show the frame.",
    'embed.page': 'The page with this table',
    'embed.code': 'Embed code',
    'embed.preview': 'Preview',
    'embed.allowed': 'Sites allowed to embed',
    'embed.none': 'not configured',
    'embed.noAddress':
      "No embed code yet: an embed code needs the portal's official address, which it does not have yet. The preview works.",
    'embed.seeFull': 'See it in full on',
  },
});
