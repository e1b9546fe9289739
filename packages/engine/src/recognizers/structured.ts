/** Registry of the pattern recognisers (numbers, codes, addresses on the wire). */
import { bankAccountRecognizer } from './bank-account.js';
import { cardRecognizer } from './card.js';
import { crimeRefRecognizer } from './crime-ref.js';
import { dateRecognizer } from './date.js';
import { drivingLicenceRecognizer } from './driving-licence.js';
import { emailRecognizer } from './email.js';
import { handleRecognizer } from './handle.js';
import { ibanRecognizer } from './iban.js';
import { ipAddressRecognizer } from './ip-address.js';
import { nhsNumberRecognizer } from './nhs-number.js';
import { ninoRecognizer } from './nino.js';
import { passportRecognizer } from './passport.js';
import { phoneRecognizer } from './phone.js';
import { postcodeRecognizer } from './postcode.js';
import type { Recognizer } from './types.js';
import { urlRecognizer } from './url.js';
import { vrmRecognizer } from './vrm.js';

/** Pattern recognisers, run in this order. */
export const STRUCTURED_RECOGNIZERS: readonly Recognizer[] = [
  crimeRefRecognizer, emailRecognizer, urlRecognizer, handleRecognizer, phoneRecognizer, postcodeRecognizer,
  vrmRecognizer, ninoRecognizer, nhsNumberRecognizer, cardRecognizer, ibanRecognizer, bankAccountRecognizer,
  passportRecognizer, drivingLicenceRecognizer, ipAddressRecognizer, dateRecognizer,
];
