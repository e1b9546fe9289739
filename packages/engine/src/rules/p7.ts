/** P7: a post that releases an image or CCTV for an investigation needs a recorded approval reference. */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import type { Rule } from './types.js';

const IMAGE = sharedLexicon(['cctv', 'cctv image*', 'e-fit', 'efit', 'footage', 'image', 'images', 'photo', 'photos', 'photograph*', 'picture', 'pictures', 'pictured', 'still', 'stills', 'video', 'doorbell footage', 'dashcam']);
// Identification appeals release an image whatever the offence; general appeals only in a crime context.
const IDENTIFY = sharedLexicon(['do you recognise', 'do you know this', 'can you identify', 'help us identify', 'help identify', 'identify', 'recognise', 'have you seen this', 'wanted', 'speak to']);
const APPEAL = sharedLexicon(['do you know', 'appeal', 'appealing', 'information', 'have you seen', 'come forward', 'get in touch']);
const IMAGE_FILE = /\.(?:jpe?g|png|gif|heic|webp|mp4|mov)$/i;

/** Rule P7. */
export const p7: Rule = {
  meta: {
    id: 'P7',
    description: 'Releasing an image or CCTV for an investigation without a recorded approval.',
    defaultSeverity: 'review',
    explanation: 'Images released to identify someone need a recorded decision by the senior investigating officer or officer in charge, and must not show identifiable bystanders. Add the approval reference to the draft.',
    guidance: 'College of Policing APP Media and communications: images and footage.',
    messages: { image: 'This releases an image for an investigation but the draft has no approval reference.' },
    fixable: false,
  },
  check(ctx) {
    if (ctx.post.approvalRef !== undefined && ctx.post.approvalRef.trim() !== '') return [];
    const strong = IDENTIFY.match(ctx.lex);
    const appeal = strong.length > 0 ? strong : ctx.facts.crimeContext ? APPEAL.match(ctx.lex) : [];
    if (appeal.length === 0) return [];
    const images = IMAGE.match(ctx.lex);
    const media = (ctx.post.media ?? []).some((m) => IMAGE_FILE.test(m.fileName));
    if (images.length === 0 && !media) return [];
    const ranges = images.length > 0 ? [{ start: images[0]!.start, end: images[0]!.end }] : [{ start: appeal[0]!.start, end: appeal[0]!.end }];
    return [{ messageId: 'image', ranges, confidence: 0.7 }];
  },
};
