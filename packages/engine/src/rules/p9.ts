/** P9: location metadata (EXIF GPS) in attached images, or an image file name that contains a person's name. */
import type { Rule, RuleFinding } from './types.js';

const GPS_KEYS = ['GPSLatitude', 'GPSLongitude', 'latitude', 'longitude', 'GPSPosition', 'GPSDestLatitude', 'GPSDestLongitude'];
// "John_Smith.jpg", "JohnSmith-2024.png", "jane.doe.jpeg": two name-like words.
const NAME_PARTS = /(?:^|[^A-Za-z])([A-Z][a-z]{1,20})[ _.-]?([A-Z][a-z]{1,20})(?:[^a-z]|$)/;
const CAMERA = /^(?:img|dsc|dcim|pxl|mvimg|screenshot|photo|image|vid|mov|whatsapp|signal)/i;

/** Rule P9. */
export const p9: Rule = {
  meta: {
    id: 'P9',
    description: 'GPS location in image metadata, or a person\'s name in an image file name.',
    defaultSeverity: 'review',
    explanation: 'Photos often carry the exact place they were taken, and file names can carry a person\'s name. Both are published with the image. Remove the location data and rename the file before posting.',
    guidance: 'UK GDPR and Data Protection Act 2018; APP Media and communications: images and footage.',
    messages: {
      gps: 'Image {{n}} carries GPS location data.',
      filename: 'The file name of image {{n}} looks like it contains a person\'s name.',
    },
    fixable: false,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const names = ctx.entities.filter((e) => e.type === 'PERSON').map((e) => ctx.norm.text.slice(e.start, e.end).toLowerCase().replace(/\s+/g, ''));
    (ctx.post.media ?? []).forEach((m, i) => {
      const exif = m.exif ?? {};
      if (GPS_KEYS.some((k) => exif[k] !== undefined && exif[k] !== null && exif[k] !== '')) {
        out.push({ messageId: 'gps', data: { n: i + 1 }, ranges: [], confidence: 0.99 });
      }
      const base = m.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
      const compact = base.toLowerCase().replace(/[^a-z]/g, '');
      const named = names.some((n) => n.length >= 4 && compact.includes(n)) || (!CAMERA.test(base) && NAME_PARTS.test(base));
      if (named) out.push({ messageId: 'filename', data: { n: i + 1 }, ranges: [], confidence: 0.7 });
    });
    return out;
  },
};
