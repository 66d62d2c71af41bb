/** Interface words of contact channels and of answering a consultation. */
import { defineWords } from '../words.ts';

export const contactWords = defineWords({
  vi: {
    'contact.address': 'Địa chỉ',
    'contact.phone': 'Điện thoại',
    'contact.hotline': 'Đường dây nóng',
    'contact.email': 'Thư điện tử',
    'contact.receptionDays': 'Ngày tiếp công dân',
    'contact.feedback': 'Phản ánh, kiến nghị',
    'contact.feedback.link': 'Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh',
    'contact.zalo': 'Zalo',
    'contact.zalo.link': 'Trang Zalo chính thức',
    'contact.sample':
      'Thông tin liên hệ ở đây là dữ liệu minh họa, nên không ghi số điện thoại, thư điện tử hay địa chỉ nào.',
    'contact.reception.link': 'Xem lịch tiếp công dân',
    'contact.portal.none':
      'Cổng chưa công bố cơ quan phụ trách và cách liên hệ. Muốn hỏi hoặc góp ý về một xã, phường, hãy liên hệ trực tiếp Ủy ban nhân dân xã, phường đó.',
    'contact.commune.none': '{name} chưa công bố số điện thoại, thư điện tử hay địa chỉ liên hệ trên cổng.',
    'contact.commune.none.reception': 'Người dân có thể đến gặp trực tiếp theo lịch tiếp công dân.',
    'contact.commune.none.office': 'Người dân có thể đến trực tiếp trụ sở Ủy ban nhân dân.',
    'contact.title': 'Liên hệ',
    'contact.commune.lead': 'Cách liên hệ {name}:',
    // Answering a consultation
    'comment.title': 'Gửi góp ý',
    'comment.form.lead': 'Góp ý được gửi tới nơi tiếp nhận của tỉnh; cổng này không lưu góp ý hay thông tin của bạn.',
    'comment.form.name': 'Họ tên (không bắt buộc)',
    'comment.form.contact': 'Số điện thoại hoặc thư điện tử để được trả lời (không bắt buộc)',
    'comment.form.comment': 'Nội dung góp ý (bắt buộc)',
    'comment.form.send': 'Gửi góp ý',
    'comment.email.lead': 'Gửi góp ý bằng thư điện tử tới {email}; tiêu đề thư đã ghi sẵn tên dự thảo.',
    'comment.email.button': 'Viết thư góp ý',
    'comment.office.lead':
      'Chưa có cách góp ý trực tuyến cho dự thảo này. Hãy gửi góp ý bằng văn bản hoặc đến trực tiếp: {address}.',
    'comment.office.phone': 'Hoặc gọi điện cho cơ quan:',
    'comment.sample':
      'Đây là dự thảo minh họa: không có nơi nhận góp ý thật, nên trang không ghi thư điện tử hay số điện thoại.',
    'comment.upcoming': 'Chưa đến ngày nhận góp ý; trang sẽ ghi cách gửi khi bắt đầu.',
    'comment.closed': 'Đã hết hạn góp ý.',
  },
  en: {
    'contact.address': 'Address',
    'contact.phone': 'Phone',
    'contact.hotline': 'Hotline',
    'contact.email': 'Email',
    'contact.receptionDays': 'Reception days',
    'contact.feedback': 'Reports and petitions',
    'contact.feedback.link': "The province's system for reports and petitions",
    'contact.zalo': 'Zalo',
    'contact.zalo.link': 'Official Zalo account',
    'contact.sample': 'The contact details here are sample data, so no phone number, email or address is given.',
    'contact.reception.link': 'See the citizen reception schedule',
    'contact.portal.none':
      'The portal has not yet published who runs it or how to reach them. For a question or comment about a commune or ward, contact its People’s Committee directly.',
    'contact.commune.none': '{name} has not yet published a phone number, email or address on the portal.',
    'contact.commune.none.reception': 'Residents can meet officials in person according to the reception schedule.',
    'contact.commune.none.office': 'Residents can go to the People’s Committee office in person.',
    'contact.title': 'Contact',
    'contact.commune.lead': 'How to reach {name}:',
    'comment.title': 'Send a comment',
    'comment.form.lead':
      "Comments go to the province's service that receives them; this portal keeps neither your comment nor your details.",
    'comment.form.name': 'Name (optional)',
    'comment.form.contact': 'Phone or email for a reply (optional)',
    'comment.form.comment': 'Your comment (required)',
    'comment.form.send': 'Send comment',
    'comment.email.lead': 'Send your comment by email to {email}; the subject already names the draft.',
    'comment.email.button': 'Write a comment by email',
    'comment.office.lead':
      'There is no online way to comment on this draft. Send a written comment or go in person: {address}.',
    'comment.office.phone': 'Or call the office:',
    'comment.sample': 'This is a sample draft: nobody receives comments on it, so no email or phone number is given.',
    'comment.upcoming': 'Comments are not open yet; this page will say how to send one when they are.',
    'comment.closed': 'The comment period has ended.',
  },
});
