// @ts-check
// The people the simulators know, and what each one gets: type them on the personal-data step
// (`new PersonalDataStep(page).fill(personas.onfido.clear)`). The simulators pick the scenario
// from the typed data: Solaris/IDnow from the name, Onfido and ID Dataweb from their simulated
// records, Signicat from the name (and the bank account chosen on the iDIN page), Xpollens from
// an alias in the e-mail address.
'use strict';

const { persona } = require('./steps');

/** @typedef {import('./steps').Person} Person */

/**
 * The Solaris/IDnow sandbox's scenarios (first name `X-AUTOTEST-<SCENARIO>` or
 * `X-MANUALTEST-<SCENARIO>`).
 * @typedef {'HAPPYPATH' | 'CHANGEALL' | 'CHANGEALLREVIEW' | 'ABORTIDENT' | 'FRAUDIDENT' | 'FRAUDREVIEW' | 'FRAUDOK' | 'CANCELED' | 'LONGREVIEW' | 'HOLDCERTIFICATE'} SolarisScenario
 */

/**
 * A Solaris persona: `auto` calls end by themselves; `manual` ones wait for the user's part in
 * the IDnow page (`IdentificationStep.manualCall`).
 * @param {SolarisScenario} scenario
 * @param {'auto' | 'manual'} [mode]
 * @param {Partial<Person>} [overrides]
 * @returns {Person}
 */
function solarisPersona(scenario, mode = 'auto', overrides = {}) {
  return persona(`${mode === 'auto' ? 'X-AUTOTEST' : 'X-MANUALTEST'}-${scenario}`, overrides);
}

/**
 * @param {string} name
 * @param {string} birthDate
 * @param {[string, string, string, string]} address house number, street, postal code, city
 * @param {Partial<Person>} overrides
 * @returns {Person}
 */
function named(name, birthDate, [houseNumber, street, postalCode, city], overrides) {
  const [firstName, ...rest] = name.split(' ');
  return persona(firstName, {
    lastName: rest.join(' '), birthDate, houseNumber, street, postalCode, city,
    email: `${firstName.toLowerCase()}@example.com`, ...overrides,
  });
}

/** @param {string} name @param {string} birthDate @param {[string, string, string, string]} address */
const uk = (name, birthDate, address) =>
  named(name, birthDate, address, { nationality: 'GB', country: 'GB', mobile: '+44 7911 123456' });
/** @param {string} name @param {string} birthDate @param {[string, string, string, string]} address @param {string} state */
const us = (name, birthDate, address, state) =>
  named(name, birthDate, address, { nationality: 'US', country: 'US', state, mobile: '+1 217 555 0142' });
/** @param {string} name @param {string} birthDate @param {[string, string, string, string]} address */
const dutch = (name, birthDate, address) =>
  named(name, birthDate, address, { nationality: 'NL', country: 'NL', mobile: '+31 6 12345678' });

/** @param {string} alias */
const xpollens = (alias) => persona('Jane', { email: alias ? `jane+${alias}@example.com` : 'jane@example.com' });

const personas = Object.freeze({
  /** Solaris/IDnow (flow `solaris_idnow`), automated calls; `solarisPersona` for the manual ones. */
  solaris: Object.freeze({
    /** Call pending, review successful: "You are verified". */
    successful: solarisPersona('HAPPYPATH'),
    /** Successful, every field corrected by the agent. */
    corrected: solarisPersona('CHANGEALL'),
    /** Successful after the review, every field corrected in review. */
    correctedInReview: solarisPersona('CHANGEALLREVIEW'),
    /** Aborted (TECH_VIDEO): "Identification interrupted", "Try again" on the same link. */
    aborted: solarisPersona('ABORTIDENT'),
    /** Fraud suspected and confirmed in review: "Identification failed", no reason given. */
    fraud: solarisPersona('FRAUDIDENT'),
    /** Fraud suspected, cleared in review: verified. */
    fraudCleared: solarisPersona('FRAUDOK'),
    /** Canceled in review (TECH_PHOTO): interrupted, "Try again". */
    canceled: solarisPersona('CANCELED'),
    /** Verified, the review still pending for 24 hours: "being reviewed". */
    longReview: solarisPersona('LONGREVIEW'),
    /** Refused before the call (eSigning only): "contact support". */
    refused: solarisPersona('HOLDCERTIFICATE'),
  }),

  /** Onfido (flow `onfido_documents`): the Identity Enhanced report's simulated records. */
  onfido: Object.freeze({
    /** Catherine Stanley, Oxford: known to three UK sources, clear. */
    clear: uk('Catherine Stanley', '1985-03-14', ['26', 'Rowland Close', 'OX2 9PL', 'Oxford']),
    /** Oliver Bennett, Leeds: one source, no date of birth: consider. */
    consider: uk('Oliver Bennett', '1979-07-02', ['8', 'Kingsley Road', 'LS6 2BE', 'Leeds']),
    /** Priya Shah, Bristol: two sources, clear, but no date of birth on file. */
    clearWithoutBirthDate: uk('Priya Shah', '1990-11-23', ['14', 'Elm Grove', 'BS7 8AB', 'Bristol']),
    /** Arthur Penrose, Norwich: two sources and the register of deaths: consider. */
    deceased: uk('Arthur Penrose', '1941-05-09', ['3', 'Mill Lane', 'NR2 4AA', 'Norwich']),
    /** Jana Becker, Berlin: address and date of birth in the credit agencies: clear. */
    clearGermany: named('Jana Becker', '1988-02-17', ['14', 'Amrumer Straße', '13353', 'Berlin'], {}),
    /** Lukas Wagner, Berlin: date of birth at an earlier address: consider. */
    considerGermany: named('Lukas Wagner', '1995-09-30', ['80', 'Schönhauser Allee', '10439', 'Berlin'], {}),
    /** Emily Carter, Springfield IL, with the last four digits of her SSN: clear. */
    clearUS: { ...us('Emily Carter', '1987-06-05', ['1420', 'Maple Avenue', '62704', 'Springfield'], 'IL'), ssn: '4817' },
    /** Marcus Reed, Boston MA: date of birth and SSN at an earlier address: consider. */
    considerUS: { ...us('Marcus Reed', '1975-12-01', ['77', 'Harbor Street', '02110', 'Boston'], 'MA'), ssn: '401-33-5562' },
  }),

  /**
   * Signicat (flow `signicat_bank`, Dutch residents): log in on the iDIN page with the same
   * persona (`IdinBankPage.logInAs(person)`); anyone else logs in "as entered" and is accepted.
   */
  signicat: Object.freeze({
    /** Claire de Vries: every field matches bank and passport: accepted. */
    accepted: dutch('Claire de Vries', '1990-05-17', ['123', 'Keizersgracht', '1015 CJ', 'Amsterdam']),
    /** Sanne Visser: the document shows another last name: referred. */
    lastNameDiffers: dutch('Sanne Visser', '1992-11-08', ['8', 'Coolsingel', '3011 AD', 'Rotterdam']),
    /** Bram Bakker: the document shows another birth date: referred. */
    birthDateDiffers: dutch('Bram Bakker', '1985-03-02', ['45', 'Oudegracht', '3511 AB', 'Utrecht']),
    /** Lotte Smit: the selfie is not live: failed. */
    livenessFails: dutch('Lotte Smit', '1988-07-01', ['2', 'Grote Markt', '9711 LV', 'Groningen']),
    /** Daan Mulder: the selfie shows somebody else: failed. */
    faceMismatch: dutch('Daan Mulder', '1979-01-23', ['10', 'Stratumseind', '5611 ER', 'Eindhoven']),
    /** Noor de Jong: the document cannot be read: referred. */
    unreadableDocument: dutch('Noor de Jong', '1995-09-30', ['5', 'Lange Voorhout', '2514 EA', 'Den Haag']),
    /** Sem de Boer: the provider fails: referred. */
    providerFailure: dutch('Sem de Boer', '1983-12-12', ['1', 'Vrijthof', '6211 LD', 'Maastricht']),
    /** Ingrid Hansen, Oslo: logs in with Norwegian BankID, her passport matches: accepted. */
    norwegian: named('Ingrid Hansen', '1987-04-12', ['22', 'Karl Johans gate', '0159', 'Oslo'], {
      nationality: 'NO', country: 'NO', mobile: '+47 412 34 567',
    }),
  }),

  /** ID Dataweb (flow `iddataweb_phone`): the simulated carrier's lines. */
  iddataweb: Object.freeze({
    /** Andrew Roshell, Reston VA: the line is his: the SMS link, opened on a phone, approves. */
    phoneMatch: named('Andrew Roshell', '1985-04-12', ['4821', 'Hillcrest Avenue', '20190', 'Reston'], {
      nationality: 'US', country: 'US', state: 'VA', mobile: '+1 703 555 0142', email: 'andrew.roshell@example.com',
    }),
    /** Andrea Roshell: the line is in another name: steps up to the document, which is denied. */
    noPhoneMatch: named('Andrea Roshell', '1985-04-12', ['4821', 'Hillcrest Avenue', '20190', 'Reston'], {
      nationality: 'US', country: 'US', state: 'VA', mobile: '+1 703 555 0143', email: 'andrea.roshell@example.com',
    }),
    /** Samuel Porter, Manchester: a match, unless the SIM swap check is on. */
    simSwap: named('Samuel Porter', '1985-04-12', ['12', 'Bridge Street', 'M3 3BW', 'Manchester'], {
      nationality: 'GB', country: 'GB', mobile: '+44 7700 900123',
    }),
    /** Riley Novak, Toronto ON: a match, unless the recycled-number check is on. */
    recycledNumber: named('Riley Novak', '1985-04-12', ['350', 'Queen Street West', 'M5V 2A2', 'Toronto'], {
      nationality: 'CA', country: 'CA', state: 'ON', mobile: '+1 416 555 0199',
    }),
  }),

  /** Xpollens (flow `xpollens_account`): the facial recognition's verdict, by e-mail alias. */
  xpollens: Object.freeze({
    /** ID document and selfie accepted. */
    accepted: xpollens(''),
    /** ID document refused: fraud suspicion. */
    fraud: xpollens('LC_FRAUD'),
    /** ID document refused: expired. */
    documentExpired: xpollens('LC_DOC_EXPIRED'),
    /** ID document refused: quality insufficient. */
    documentQuality: xpollens('LC_DOC_QUALITY'),
    /** Selfie refused: liveness quality insufficient. */
    selfieRefused: xpollens('LC_BIO_QUALITY'),
  }),
});

module.exports = { personas, solarisPersona };
