import { testRule } from '../testing/rule-tester.js';
import { p7 } from './p7.js';

testRule(p7, {
  valid: [
    { text: 'Do you recognise this man? We want to speak to him about a burglary in Corby.', post: { approvalRef: 'SIO-2026-031' } },
    'Great photos from today\'s open day at the station!',
    'We have released CCTV images in connection with a theft.',
    { text: 'Can you help identify the man in this CCTV image? Call 101.', post: { approvalRef: 'OIC-889' } },
    'Lovely picture of PD Max on his first day of training',
  ],
  invalid: [
    { text: 'Do you recognise this man? We want to speak to him about a burglary in Corby.', post: { media: [{ fileName: 'cctv-still.jpg' }] }, messageId: 'image' },
    { text: 'Can you help identify the man in this CCTV image? Call 101.', messageId: 'image', flagged: 'CCTV image', severity: 'review' },
    { text: 'Do you know this woman? Footage of the theft is below.', messageId: 'image' },
    { text: 'We are appealing for information to identify the man pictured after an assault', messageId: 'image' },
    { text: 'Have you seen this man? He is wanted for robbery. Photo attached.', messageId: 'image' },
  ],
});
