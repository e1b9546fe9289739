import { testRule } from '../testing/rule-tester.js';
import { p9 } from './p9.js';

testRule(p9, {
  valid: [
    { text: 'Our new patrol car', post: { media: [{ fileName: 'IMG_2041.jpg', exif: { Make: 'Apple' } }] } },
    { text: 'Station open day', post: { media: [{ fileName: 'open-day-2026.png' }] } },
    { text: 'No pictures today', post: { media: [] } },
    { text: 'PD Max in training', post: { media: [{ fileName: 'DSC_0042.JPG', exif: { GPSLatitude: null } }] } },
    { text: 'Text only post about the fun day', name: 'no media' },
  ],
  invalid: [
    { text: 'Our new patrol car', post: { media: [{ fileName: 'IMG_2041.jpg', exif: { GPSLatitude: 52.24, GPSLongitude: -0.9 } }] }, messageId: 'gps', severity: 'review' },
    { text: 'Have you seen this man?', post: { media: [{ fileName: 'John_Smith_custody.jpg' }] }, messageId: 'filename' },
    { text: 'Appeal', post: { media: [{ fileName: 'JaneDoe.png' }] }, messageId: 'filename' },
    { text: 'Mark Taylor is wanted', post: { media: [{ fileName: 'mark-taylor-2.jpeg' }] }, messageId: 'filename' },
    { text: 'Second image has location', post: { media: [{ fileName: 'a.jpg' }, { fileName: 'b.jpg', exif: { latitude: 52.1, longitude: -0.8 } }] }, messageId: 'gps' },
  ],
});
