import { describe, expect, it } from "vitest";
import { holdsSeveral, readAddress, splitAddresses } from "./addresses";
import { type Pasted, parsePasted } from "./parse-pasted";

const none: Pasted = { name: "", title: "", emails: [], phones: [], urls: [] };

/** Signatures and pasted blocks as people send them, with what the form should take from each. */
const SAMPLES: [string, string, string, Partial<Pasted>][] = [
  [
    "US signature, dashes",
    "US",
    "Jane Doe\nHead of Sales\nAcme Inc.\nM: 415-555-0134\njane@acme.com\nwww.acme.com",
    {
      name: "Jane Doe",
      title: "Head of Sales",
      emails: ["jane@acme.com"],
      phones: ["+14155550134"],
      urls: ["https://www.acme.com"],
    },
  ],
  [
    "US signature, brackets and dots",
    "US",
    "Best regards,\n\nJohn Smith\nVP of Engineering | Initech\nOffice: (904) 555.1234\nMobile: 904.555.9876\njohn.smith@initech.com",
    {
      name: "John Smith",
      title: "VP of Engineering",
      emails: ["john.smith@initech.com"],
      phones: ["+19045551234", "+19045559876"],
    },
  ],
  [
    "one line with pipes",
    "US",
    "Maria Garcia | Account Executive | Globex | +1 (212) 555-0199 | maria@globex.example.com",
    {
      name: "Maria Garcia",
      title: "Account Executive",
      emails: ["maria@globex.example.com"],
      phones: ["+12125550199"],
    },
  ],
  [
    "name and title after a comma",
    "US",
    "Peter Parker, Staff Photographer\npeter@dailybugle.example\n212 555 0147",
    {
      name: "Peter Parker",
      title: "Staff Photographer",
      emails: ["peter@dailybugle.example"],
      phones: ["+12125550147"],
    },
  ],
  [
    "German signature",
    "DE",
    "Mit freundlichen Grüßen\n\nKlaus Müller\nLeiter Vertrieb\nMüller & Söhne GmbH\nTel.: +49 30 1234567\nHandy: 0151 23456789\nE-Mail: k.mueller@mueller-soehne.de\nhttps://www.mueller-soehne.de",
    {
      name: "Klaus Müller",
      title: "Leiter Vertrieb",
      emails: ["k.mueller@mueller-soehne.de"],
      phones: ["+49301234567", "+4915123456789"],
      urls: ["https://www.mueller-soehne.de"],
    },
  ],
  [
    "French signature",
    "FR",
    "Cordialement,\nÉlodie Lefèvre\nDirectrice commerciale\nTél : 01 23 45 67 89\nPortable : 06 12 34 56 78\nelodie.lefevre@exemple.fr",
    {
      name: "Élodie Lefèvre",
      title: "Directrice commerciale",
      emails: ["elodie.lefevre@exemple.fr"],
      phones: ["+33123456789", "+33612345678"],
    },
  ],
  [
    "Spanish signature",
    "ES",
    "Saludos cordiales,\nJosé Luis Fernández\nGerente de Compras\nTeléfono: +34 912 34 56 78\nMóvil: 612 34 56 78\njlfernandez@empresa.es",
    {
      name: "José Luis Fernández",
      title: "Gerente de Compras",
      emails: ["jlfernandez@empresa.es"],
      phones: ["+34912345678", "+34612345678"],
    },
  ],
  [
    "Italian signature",
    "IT",
    "Cordiali saluti\nGiulia Rossi\nResponsabile Acquisti\nTel. 02 1234 5678\nCellulare: 347 123 4567\ngiulia.rossi@azienda.it",
    {
      name: "Giulia Rossi",
      title: "Responsabile Acquisti",
      emails: ["giulia.rossi@azienda.it"],
      phones: ["+390212345678", "+393471234567"],
    },
  ],
  [
    "Dutch signature",
    "NL",
    "Met vriendelijke groet,\n\nSanne de Vries\nAccountmanager\nT: 020 123 4567\nM: 06 12345678\nsanne@bedrijf.nl",
    {
      name: "Sanne de Vries",
      title: "Accountmanager",
      emails: ["sanne@bedrijf.nl"],
      phones: ["+31201234567", "+31612345678"],
    },
  ],
  [
    "UK signature",
    "GB",
    "Kind regards,\nOliver Brown\nHead of Partnerships\nT: 020 7946 0958\nM: 07911 123456\noliver.brown@company.co.uk\nwww.company.co.uk",
    {
      name: "Oliver Brown",
      title: "Head of Partnerships",
      emails: ["oliver.brown@company.co.uk"],
      phones: ["+442079460958", "+447911123456"],
      urls: ["https://www.company.co.uk"],
    },
  ],
  [
    "Swedish signature",
    "SE",
    "Med vänliga hälsningar\nAnna Lindqvist\nInköpschef\nTel: 08-123 456 78\nanna.lindqvist@foretag.se",
    {
      name: "Anna Lindqvist",
      title: "Inköpschef",
      emails: ["anna.lindqvist@foretag.se"],
      phones: ["+46812345678"],
    },
  ],
  [
    "Polish signature",
    "PL",
    "Pozdrawiam\nKatarzyna Nowak\nSpecjalista ds. Sprzedaży\ntel. +48 22 123 45 67\nkatarzyna.nowak@firma.pl",
    {
      name: "Katarzyna Nowak",
      title: "Specjalista ds. Sprzedaży",
      emails: ["katarzyna.nowak@firma.pl"],
      phones: ["+48221234567"],
    },
  ],
  [
    "Brazilian signature",
    "BR",
    "Atenciosamente,\nLucas Oliveira\nGerente Comercial\n+55 11 91234-5678\nlucas@empresa.com.br",
    {
      name: "Lucas Oliveira",
      title: "Gerente Comercial",
      emails: ["lucas@empresa.com.br"],
      phones: ["+5511912345678"],
    },
  ],
  [
    "Australian signature",
    "AU",
    "Cheers,\nMia Wilson\nOperations Manager\nP: (02) 9876 5432\nM: 0412 345 678\nmia.wilson@outback.com.au",
    {
      name: "Mia Wilson",
      title: "Operations Manager",
      emails: ["mia.wilson@outback.com.au"],
      phones: ["+61298765432", "+61412345678"],
    },
  ],
  [
    "Indian numbers, international",
    "US",
    "Priya Sharma\nProduct Lead\n+91 98765 43210\npriya.sharma@startup.in",
    {
      name: "Priya Sharma",
      title: "Product Lead",
      emails: ["priya.sharma@startup.in"],
      phones: ["+919876543210"],
    },
  ],
  [
    "Japanese-style signature, romanised name",
    "JP",
    "よろしくお願いします\nKenji Tanaka\nSales Director\nTEL: 03-1234-5678\nkenji.tanaka@kaisha.co.jp",
    {
      name: "Kenji Tanaka",
      title: "Sales Director",
      emails: ["kenji.tanaka@kaisha.co.jp"],
      phones: ["+81312345678"],
    },
  ],
  [
    "Russian signature in Cyrillic",
    "RU",
    "С уважением,\nИван Петров\nМенеджер по продажам\n+7 495 123-45-67\nivan.petrov@kompania.ru",
    {
      name: "Иван Петров",
      title: "Менеджер по продажам",
      emails: ["ivan.petrov@kompania.ru"],
      phones: ["+74951234567"],
    },
  ],
  [
    "an extension and a fax",
    "US",
    "Robert King\nProcurement\nPhone: 800-555-0101 ext. 23\nFax: 800-555-0102\nrking@supplies.example",
    {
      name: "Robert King",
      title: "Procurement",
      emails: ["rking@supplies.example"],
      phones: ["+18005550101", "+18005550102"],
    },
  ],
  [
    "a name with an apostrophe and a hyphen",
    "IE",
    "Seán O'Brien-Kelly\nFounder\n+353 1 234 5678\nsean@obk.ie",
    {
      name: "Seán O'Brien-Kelly",
      title: "Founder",
      emails: ["sean@obk.ie"],
      phones: ["+35312345678"],
    },
  ],
  [
    "a company in capitals before the name",
    "US",
    "ACME CORPORATION\nLinda Park\nBuyer\nlinda.park@acme.example",
    { name: "Linda Park", title: "Buyer", emails: ["linda.park@acme.example"] },
  ],
  [
    "a sent-from line and a separator",
    "US",
    "--\nTom Hardy\nCTO\nSent from my iPhone",
    { name: "Tom Hardy", title: "CTO" },
  ],
  [
    "a mailto link and an http address",
    "US",
    "Nora Ahmed\nmailto:nora@ahmed.example\nhttp://ahmed.example/team/nora.",
    {
      name: "Nora Ahmed",
      emails: ["nora@ahmed.example"],
      urls: ["http://ahmed.example/team/nora"],
    },
  ],
  [
    "a LinkedIn address",
    "US",
    "Chris Evans\nPartner\nhttps://www.linkedin.com/in/chrisevans\nchris@vc.example",
    {
      name: "Chris Evans",
      title: "Partner",
      emails: ["chris@vc.example"],
      urls: ["https://www.linkedin.com/in/chrisevans"],
    },
  ],
  [
    "the same address twice, cased differently",
    "US",
    "Amy Lee\namy@lee.example\nAMY@LEE.EXAMPLE",
    { name: "Amy Lee", emails: ["amy@lee.example"] },
  ],
  [
    "Name <email> on one line",
    "US",
    "Jane Doe <jane@acme.com>",
    { name: "Jane Doe", emails: ["jane@acme.com"] },
  ],
  [
    "a quoted, reversed name",
    "US",
    '"Doe, Jane" <jane@acme.com>',
    { name: "Jane Doe", emails: ["jane@acme.com"] },
  ],
  [
    "a header block from a forwarded mail",
    "US",
    "From: Ravi Patel <ravi@patel.example>\nSent: Monday, 3 March 2025\nTo: sales@us.example",
    { name: "Ravi Patel", emails: ["ravi@patel.example", "sales@us.example"] },
  ],
  [
    "a vCard-ish block",
    "US",
    "Name: Zoe Quinn\nTitle: Director of Ops\nEmail: zoe@quinn.example\nPhone: +1 646 555 0123",
    {
      name: "Zoe Quinn",
      title: "Director of Ops",
      emails: ["zoe@quinn.example"],
      phones: ["+16465550123"],
    },
  ],
  [
    "Swiss number with national prefix",
    "CH",
    "Luca Meier\nVerkaufsleiter\n044 668 18 00\nluca.meier@firma.ch",
    {
      name: "Luca Meier",
      title: "Verkaufsleiter",
      emails: ["luca.meier@firma.ch"],
      phones: ["+41446681800"],
    },
  ],
  [
    "Mexican signature",
    "MX",
    "Atentamente,\nFernanda Ruiz\nDirectora de Ventas\nTel. +52 55 1234 5678\nfernanda@empresa.mx",
    {
      name: "Fernanda Ruiz",
      title: "Directora de Ventas",
      emails: ["fernanda@empresa.mx"],
      phones: ["+525512345678"],
    },
  ],
  [
    "no name at all: only reachable details",
    "US",
    "support@vendor.example\n+1 415 555 0100",
    { emails: ["support@vendor.example"], phones: ["+14155550100"] },
  ],
  [
    "a zip code and a street number are not phones",
    "US",
    "Dana Scully\nSpecial Agent\n935 Pennsylvania Ave NW, Washington, DC 20535\ndana@fbi.example",
    { name: "Dana Scully", title: "Special Agent", emails: ["dana@fbi.example"] },
  ],
];

describe("parsePasted: signatures and pasted blocks", () => {
  it("has at least 30 samples", () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SAMPLES)("%s", (_what, country, text, expected) => {
    expect(parsePasted(text, country)).toEqual({ ...none, ...expected });
  });
});

describe("splitAddresses", () => {
  it("splits a list at commas, semicolons and line breaks", () => {
    expect(splitAddresses("a@acme.com, b@acme.com;c@acme.com\nd@acme.com")).toEqual(
      ["a", "b", "c", "d"].map((user) => ({ name: "", email: `${user}@acme.com` })),
    );
  });

  it("keeps the names of a list copied from a mail's To line, quoted commas included", () => {
    expect(splitAddresses('"Doe, Jane" <jane@acme.com>, Bob Roe <bob@acme.com>')).toEqual([
      { name: "Jane Doe", email: "jane@acme.com" },
      { name: "Bob Roe", email: "bob@acme.com" },
    ]);
  });

  it("is empty when any part is not an address", () => {
    expect(splitAddresses("a@acme.com, call me")).toEqual([]);
    expect(splitAddresses("Jane Doe")).toEqual([]);
  });
});

describe("readAddress", () => {
  it("reads an address with or without a name, and nothing else", () => {
    expect(readAddress(" jane@acme.com ")).toEqual({ name: "", email: "jane@acme.com" });
    expect(readAddress("Jane Doe <mailto:jane@acme.com>")).toEqual({
      name: "Jane Doe",
      email: "jane@acme.com",
    });
    expect(readAddress("jane@acme.com, bob@acme.com")).toBeUndefined();
    expect(readAddress("jane at acme")).toBeUndefined();
  });
});

describe("holdsSeveral", () => {
  it("is true for several lines, a list, or a name with an address", () => {
    expect(holdsSeveral("Jane Doe\nAcme")).toBe(true);
    expect(holdsSeveral("a@acme.com; b@acme.com")).toBe(true);
    expect(holdsSeveral("Jane Doe <jane@acme.com>")).toBe(true);
  });

  it("is false for one plain value", () => {
    expect(holdsSeveral("Jane Doe")).toBe(false);
    expect(holdsSeveral("jane@acme.com")).toBe(false);
    expect(holdsSeveral(" jane@acme.com\n")).toBe(false);
  });
});
