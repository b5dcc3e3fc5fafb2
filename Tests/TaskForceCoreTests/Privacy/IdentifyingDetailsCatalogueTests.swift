import Foundation
import Testing
@testable import TaskForceCore

/// The reviewers' demand (DESIGN 5): a catalogue of identifying details, written the ways
/// people write them and the ways people write them to get past a filter, none of which
/// survives into an export; and the numbers a comment on a bill is full of, none of which
/// is taken for one.
///
/// Each row is the text as typed and the text as exported, with `[phone]`, `[email]`,
/// `[iban]` and `[nn]` for the placeholders. Two paths are checked: the export
/// (`Sanitizer.sanitize(_, for: .export)`, then `redact`), and `find` on the raw text as the
/// composer calls it before saving, which must find the same kinds in the same order.
struct IdentifyingDetailsCatalogueTests {
    static let tags: [IdentifyingDetails.Kind: String] = [.email: "email", .phone: "phone", .iban: "iban", .nationalNumber: "nn"]

    static func exported(_ text: String) -> String {
        IdentifyingDetails.redact(Sanitizer.sanitize(text, for: .export)) { "[\(tags[$0]!)]" }.text
    }

    /// The kinds named by the placeholders of `expected`, in order.
    static func kinds(in expected: String) -> [String] {
        var kinds: [String] = []
        var rest = Substring(expected)
        while let open = rest.firstIndex(of: "[") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: "]") else { break }
            let name = String(rest[..<close])
            if tags.values.contains(name) { kinds.append(name) }
        }
        return kinds
    }

    static func check(_ input: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(exported(input) == expected, "export of \(input.debugDescription)", sourceLocation: sourceLocation)
        let found = IdentifyingDetails.find(in: input).map { tags[$0.kind]! }
        #expect(found == kinds(in: expected), "find in \(input.debugDescription)", sourceLocation: sourceLocation)
    }

    // MARK: Phone numbers

    static let phones: [(String, String)] = [
        // Belgian mobiles and fixed lines, every grouping people use.
        ("Mon GSM 0470 12 34 56, appelle", "Mon GSM [phone], appelle"),
        ("0470/12.34.56", "[phone]"),
        ("0470-123456", "[phone]"),
        ("0470123456", "[phone]"),
        ("0470.12.34.56", "[phone]"),
        ("04 70 12 34 56", "[phone]"),
        ("0470 - 12 - 34 - 56", "[phone]"),
        ("0 4 7 0 1 2 3 4 5 6", "[phone]"),
        ("0470  12  34  56", "[phone]"),
        ("02 123 45 67", "[phone]"),
        ("02/123.45.67", "[phone]"),
        ("fixe: 02-123-45-67", "fixe: [phone]"),
        ("010 12 34 56", "[phone]"),
        ("(0470) 12 34 56", "[phone]"),
        ("(02) 123 45 67", "[phone]"),
        // International forms.
        ("+32 470 12 34 56", "[phone]"),
        ("+32470123456", "[phone]"),
        ("0032 470 12 34 56", "[phone]"),
        ("00 32 470 12 34 56", "[phone]"),
        ("+32 (0)470 12 34 56", "[phone]"),
        ("+32 (0) 470 12 34 56", "[phone]"),
        ("(+32) 470 12 34 56", "[phone]"),
        ("+ 32 470 12 34 56", "[phone]"),
        ("+32-470-12-34-56", "[phone]"),
        ("+32 2 123 45 67", "[phone]"),
        ("+33 6 12 34 56 78", "[phone]"),
        ("+40 721 234 567", "[phone]"),
        ("+44 20 7946 0958", "[phone]"),
        ("+1 (555) 123-4567", "[phone]"),
        ("+359 88 123 4567", "[phone]"),
        ("+234 803 123 4567", "[phone]"),
        ("+49 151 23456789", "[phone]"),
        // Other countries' national forms, as people from there write them.
        ("06 12 34 56 78", "[phone]"),
        ("06-12345678", "[phone]"),
        ("0721 234 567", "[phone]"),
        ("07700 900123", "[phone]"),
        ("0151 23456789", "[phone]"),
        // Without the 0 or the +.
        ("470 12 34 56", "[phone]"),
        ("32 470 12 34 56", "[phone]"),
        ("32470123456", "[phone]"),
        ("555-123-4567", "[phone]"),
        ("6 12 34 56 78", "[phone]"),
        // Other digits than ASCII: full-width, Arabic-Indic, Persian, Devanagari, Bengali,
        // Thai, mathematical, superscript, circled, keycaps, with a combining stroke.
        ("０４７０ １２ ３４ ５６", "[phone]"),
        ("٠٤٧٠ ١٢ ٣٤ ٥٦", "[phone]"),
        ("۰۴۷۰۱۲۳۴۵۶", "[phone]"),
        ("०४७० १२ ३४ ५६", "[phone]"),
        ("০৪৭০ ১২ ৩৪ ৫৬", "[phone]"),
        ("๐๔๗๐ ๑๒ ๓๔ ๕๖", "[phone]"),
        ("𝟎𝟒𝟕𝟎 𝟏𝟐 𝟑𝟒 𝟓𝟔", "[phone]"),
        ("𝟶𝟺𝟽𝟶𝟷𝟸𝟹𝟺𝟻𝟼", "[phone]"),
        ("⁰⁴⁷⁰ ¹² ³⁴ ⁵⁶", "[phone]"),
        ("⓪④⑦⓪①②③④⑤⑥", "[phone]"),
        ("0️⃣4️⃣7️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", "[phone]"),
        ("〇四七〇一二三四五六", "[phone]"),
        ("0\u{336}4\u{336}7\u{336}0\u{336} 1\u{336}2\u{336} 3\u{336}4\u{336} 5\u{336}6\u{336}", "[phone]"),
        ("+３２ ４７０ １２ ３４ ５６", "[phone]"),
        ("＋32 470 12 34 56", "[phone]"),
        // Letters for digits: O for 0, l or I for 1.
        ("O47O 12 34 56", "[phone]"),
        ("0470 l2 34 56", "[phone]"),
        ("04 7O I2 34 56", "[phone]"),
        // Every kind of space and dash as a separator.
        ("0470\u{A0}12\u{A0}34\u{A0}56", "[phone]"),
        ("0470\u{2009}12\u{2009}34\u{2009}56", "[phone]"),
        ("0470\u{202F}12\u{202F}34\u{202F}56", "[phone]"),
        ("0470\u{3000}12\u{3000}34\u{3000}56", "[phone]"),
        ("0470\u{2007}12\u{2007}34\u{2007}56", "[phone]"),
        ("0470\u{2013}12\u{2013}34\u{2013}56", "[phone]"),
        ("0470\u{2011}123456", "[phone]"),
        ("0470\u{2212}123456", "[phone]"),
        ("0470·12·34·56", "[phone]"),
        ("0470\t12\t34\t56", "[phone]"),
        ("0470,12,34,56", "[phone]"),
        ("0470_12_34_56", "[phone]"),
        ("0470 ☎ 12 34 56", "[phone]"),
        ("0470 12\n34 56", "[phone]"),
        // Invisible characters inside the number (dropped by the export's sanitizer, and
        // ignored by `find` on raw text).
        ("0470\u{200B}12\u{200B}34\u{200B}56", "[phone]"),
        ("04\u{2060}70\u{2060}123456", "[phone]"),
        ("\u{FEFF}0470123456", "[phone]"),
        ("0470\u{AD}123456", "[phone]"),
        ("0\u{200C}4\u{200D}7\u{200E}0\u{202E}1\u{2066}2\u{2069}3456", "[phone]"),
        ("0470\u{3164}12\u{3164}34\u{3164}56", "[phone]"),
        ("0470\u{7}123456", "[phone]"),
        // Labels, glued or not.
        ("tel:+32470123456", "tel:[phone]"),
        ("tel0470123456", "tel[phone]"),
        ("gsm:0470123456", "gsm:[phone]"),
        ("GSM0470123456", "GSM[phone]"),
        ("whatsapp 0470 12 34 56", "whatsapp [phone]"),
        ("whatsapp: 470123456", "whatsapp: [phone]"),
        ("wa.me/32470123456", "wa.me/[phone]"),
        ("https://wa.me/32470123456?text=hi", "https://wa.me/[phone]?text=hi"),
        ("tel:+32%20470%2012%2034%2056", "tel:[phone]"),
        ("tél. : 02 123 45 67", "tél. : [phone]"),
        ("Tel/Fax: 02 123 45 67", "Tel/Fax: [phone]"),
        ("sms 4701234567", "sms [phone]"),
        ("𝐭𝐞𝐥 0470123456", "𝐭𝐞𝐥 [phone]"),
        ("℡ 0470 12 34 56", "℡ [phone]"),
        // Where it stands in the text.
        ("0470 12 34 56 is mijn nummer", "[phone] is mijn nummer"),
        ("mijn nummer: 0470 12 34 56", "mijn nummer: [phone]"),
        ("(0470 12 34 56)", "([phone])"),
        ("\"0470 12 34 56\"", "\"[phone]\""),
        ("«0470123456»", "«[phone]»"),
        ("„0470123456“", "„[phone]“"),
        ("'0470123456'", "'[phone]'"),
        ("[0470 12 34 56]", "[[phone]]"),
        ("Appelle le 0470 12 34 56.", "Appelle le [phone]."),
        ("0470 12 34 56!", "[phone]!"),
        ("0470 12 34 56?", "[phone]?"),
        ("0470 12 34 56;", "[phone];"),
        ("0470 12 34 56abc", "[phone]abc"),
        ("0470 12 34 56 24h/24", "[phone] 24h/24"),
        ("dispo 24/7 0470 12 34 56", "dispo 24/7 [phone]"),
        ("12 13 0470 12 34 56", "12 13 [phone]"),
        ("0470 12 34 56 23/11/2026", "[phone] 23/11/2026"),
        ("le 23/11/2026 0470 12 34 56", "le 23/11/2026 [phone]"),
        ("02 123 45 67 02 765 43 21", "[phone] [phone]"),
        ("0470 12 34 56 ou 0488 65 43 21", "[phone] ou [phone]"),
        ("Call me on 0470 12 34 56 or +33 6 12 34 56 78.", "Call me on [phone] or [phone]."),
        // Spelled out, digit by digit or in pairs, in French, Dutch and English.
        ("zéro quatre sept zéro douze trente-quatre cinquante-six", "[phone]"),
        ("appelle-moi au zéro-quatre-sept-zéro, un deux, trois quatre, cinq six", "appelle-moi au [phone]"),
        ("zéro quatre cent septante, douze, trente-quatre, cinquante-six", "[phone]"),
        ("zéro quatre soixante-dix douze trente-quatre cinquante-six", "[phone]"),
        ("zéro quatre 70 12 34 56", "[phone]"),
        ("0470 twelve 34 56", "[phone]"),
        ("nul vier zeven nul een twee drie vier vijf zes", "[phone]"),
        ("nul vier zeventig twaalf vierendertig zesenvijftig", "[phone]"),
        ("zero four seven zero, twelve, thirty-four, fifty-six", "[phone]"),
    ]

    @Test(arguments: phones)
    func phone(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: E-mail addresses

    static let emails: [(String, String)] = [
        ("Écris-moi à sophie.martin@exemple.be demain", "Écris-moi à [email] demain"),
        ("mail: X_Y+tag@sub.mail-server.org.", "mail: [email]."),
        ("SOPHIE.MARTIN@EXEMPLE.BE", "[email]"),
        ("o'brien@example.ie", "[email]"),
        ("josé@exemple.be", "[email]"),
        ("sophie@exemplé.be", "[email]"),
        ("маша@пример.рф", "[email]"),
        ("mailto:sophie@exemple.be", "[email]"),
        ("<a href=\"mailto:sophie@exemple.be\">", "<a href=\"[email]\">"),
        ("(sophie@exemple.be)", "([email])"),
        ("write to a.b@c.be.", "write to [email]."),
        // Written to dodge a filter.
        ("name [at] gmail [dot] com", "[email]"),
        ("name (at) gmail.com", "[email]"),
        ("name(at)gmail(dot)com", "[email]"),
        ("name{at}gmail{dot}com", "[email]"),
        ("name <at> gmail <dot> com", "[email]"),
        ("name [@] gmail [.] com", "[email]"),
        ("name at gmail dot com", "[email]"),
        ("name AT gmail DOT com", "[email]"),
        ("name at gmail.com", "[email]"),
        ("name at gmail point com", "[email]"),
        ("name @ gmail.com", "[email]"),
        ("name @ gmail . com", "[email]"),
        ("jean [dot] dupont [at] gmail [dot] com", "[email]"),
        ("jean dot dupont at gmail dot com", "[email]"),
        ("nom arobase gmail point com", "[email]"),
        ("naam apenstaartje gmail punt com", "[email]"),
        ("name_at_gmail_dot_com", "[email]"),
        ("name%40gmail.com", "[email]"),
        ("name&#64;gmail.com", "[email]"),
        ("name＠gmail．com", "[email]"),
        ("ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ", "[email]"),
        ("name﹫gmail.com", "[email]"),
        ("name\u{200B}@\u{200B}gmail\u{200B}.com", "[email]"),
        ("name@gmail。com", "[email]"),
        // A provider without its top-level domain: still an address to anyone who reads it.
        ("écris à name@gmail", "écris à [email]"),
        ("name [at] gmail", "[email]"),
        ("nom arobase gmail", "[email]"),
        ("name at gmail", "[email]"),
        ("name @ hotmail", "[email]"),
    ]

    @Test(arguments: emails)
    func email(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: Bank accounts

    static let ibans: [(String, String)] = [
        ("IBAN BE71 0961 2345 6769 svp", "IBAN [iban] svp"),
        ("BE71096123456769", "[iban]"),
        ("be71096123456769", "[iban]"),
        ("be71 0961 2345 6769", "[iban]"),
        ("BE71-0961-2345-6769", "[iban]"),
        ("BE71.0961.2345.6769", "[iban]"),
        ("BE 71 0961 2345 6769", "[iban]"),
        ("BE71 096-1234567-69", "[iban]"),
        ("IBAN:BE71096123456769.", "IBAN:[iban]."),
        ("ibanBE71096123456769", "iban[iban]"),
        ("BE68 5390 0754 7034", "[iban]"),
        ("FR14 2004 1010 0505 0001 3M02 606", "[iban]"),
        ("fr1420041010050500013m02606", "[iban]"),
        ("NL91 ABNA 0417 1643 00", "[iban]"),
        ("nl91abna0417164300", "[iban]"),
        ("DE89 3704 0044 0532 0130 00", "[iban]"),
        ("RO49 AAAA 1B31 0075 9384 0000", "[iban]"),
        ("GB29 NWBK 6016 1331 9268 19", "[iban]"),
        ("BG80 BNBG 9661 1020 3456 78", "[iban]"),
        ("ES91 2100 0418 4502 0005 1332", "[iban]"),
        ("ＢＥ７１ ０９６１ ２３４５ ６７６９", "[iban]"),
        ("BE71\u{A0}0961\u{A0}2345\u{A0}6769", "[iban]"),
        ("BE71\u{200B}0961\u{200B}2345\u{200B}6769", "[iban]"),
        ("BE71 0961\n2345 6769", "[iban]"),
        ("BE71 O961 2345 6769", "[iban]"),
        ("BE71 0961 2345 6769 et 0470 12 34 56", "[iban] et [phone]"),
        ("BE71 0961 2345 6769 0470 12 34 56", "[iban] [phone]"),
        ("NL91 ABNA 0417 1643 00 svp", "[iban] svp"),
        ("MT84 MALT 0110 0001 2345 MTLC AST0 01S", "[iban]"),
        // Belgian account numbers from before IBANs, with their own check.
        ("compte 096-1234567-69", "compte [iban]"),
        ("096 1234567 69", "[iban]"),
        ("096123456769", "[iban]"),
    ]

    @Test(arguments: ibans)
    func iban(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: National register numbers

    static let nationalNumbers: [(String, String)] = [
        ("NN 85.07.30-033.28 fin", "NN [nn] fin"),
        ("rijksregister 85073003328", "rijksregister [nn]"),
        ("850730 033 28", "[nn]"),
        ("850730-033-28", "[nn]"),
        ("85 07 30 033 28", "[nn]"),
        ("NN85073003328", "NN[nn]"),
        ("８５０７３００３３２８", "[nn]"),
        ("85.07.30\u{200B}-033.28", "[nn]"),
        // Born from 2000: the check is computed with a 2 before the nine digits.
        ("01.01.01-001.26", "[nn]"),
        ("05.03.15-123.67", "[nn]"),
        ("10022841763", "[nn]"),
        // Bis numbers: month + 20 (sex unknown at the time) or + 40.
        ("85.27.30-033.71", "[nn]"),
        ("85.47.30-033.17", "[nn]"),
        ("92.40.12-456.38", "[nn]"),
        ("8 5 0 7 3 0 0 3 3 2 8", "[nn]"),
        ("85O73OO3328", "[nn]"),
    ]

    @Test(arguments: nationalNumbers)
    func nationalNumber(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: What must stay as written

    /// Numbers a comment on a bill is full of. Wrong checks are left alone on purpose: an
    /// IBAN or a national number that fails its check is one digit away from any ordinary
    /// reference, and redacting them would blank references people need to read.
    static let ordinary: [String] = [
        "Art. 371/1", "Article 5bis", "art. 344-1", "Art. 5bis, § 2, 1° de la loi du 3 mai 2024",
        "les articles 371/1 à 377", "articles 12, 13, 14, 15 et 16", "articles 12 13 14 15 16",
        "loi du 4 mai 1999", "L 1999-05-04/60", "<L 2001-04-29/39, art. 13, 011;  En vigueur :  01-08-2001>",
        "M.B. 2008-11-21", "Moniteur belge 27.12.2006, p. 12345", "eli/loi/1994/02/02/1994009284/justel",
        "Arrêt n° 2019/123 du 12.03.2019", "Regulation (EC) No 273/2004", "Directive 98/34/EC",
        "2026-11-23", "23/11/2026", "23.11.2026", "le 01.01.2027", "du 01.01.2026 au 31.12.2026",
        "01/2026 - 12/2026", "entre 2015 et 2019", "en 2026 et 2028",
        "1.500 euros", "€ 2 500,00", "1 500 000 000 euros", "un budget de 450 000 000 €", "EUR 1.050.000.000",
        "L'amende est de 26 à 500 euros.", "30 % des revenus, soit 150 euros par semaine", "0,5 %, 0,75 % et 1,25 %",
        "entre 2015 et 2019 1 234 567 personnes", "11 584 000 habitants",
        "22h30", "de 22h à 6h", "van 08.00 tot 12.00 uur", "08:30-12:30", "08.30-12.30 / 13.30-17.00", "de 8:30 - 17:00",
        "1000 Bruxelles", "B-1000 Brussel", "BXL-2026-07", "session GNT-2026-11",
        "12 et 13", "0470 12 34", "5 ans", "n° 12",
        "BE68 5390 0754 7035", "BE72 0961 2345 6769", "85.07.30-033.29", "85073003329",
        "ISBN 978-2-07-036002-4", "U+2066–2069", "A+20",
        "a@b", "rdv @ la gare à 14h", "I looked at the dot com bubble", "meet me at the station at 10.30",
        "at this point in time", "I was at home. Com is short for communication.", "Je suis d'accord. Point final.",
        "more information at www.belgium.be", "we meet at home", "name at myshop",
        "Il a vingt-deux ans, trente-quatre mois et cinquante-six jours", "deux cent cinquante euros",
        "un deux trois quatre", "one, two, three: the three options", "一个人 三个人",
        "entre 20h et 6h, 24h/24, 7j/7, 50 €/heure, 100-150 € la passe", "rue de Brabant 123, 1030 Schaerbeek",
        "1.500-2.000 €", "de 18-25 ans", "taux de 21 %", "Covid-19", "CP 200", "AR 14.11.2008", "art. 22.1",
    ]

    /// Through the digest's own cleaning, in every language: each detail counted once, and
    /// nothing left in the export that could still be found.
    @Test func digestCleaningLeavesNothingToFind() {
        for (input, expected) in Self.phones + Self.emails + Self.ibans + Self.nationalNumbers {
            for language in UILanguage.allCases {
                var redactions = Redactions()
                let cleaned = redactions.clean(input, language)
                #expect(redactions.total == Self.kinds(in: expected).count, "\(input.debugDescription) → \(cleaned)")
                #expect(IdentifyingDetails.find(in: cleaned).isEmpty, "\(input.debugDescription) → \(cleaned)")
            }
        }
    }

    @Test(arguments: ordinary)
    func leavesAlone(_ text: String) {
        #expect(IdentifyingDetails.find(in: text).isEmpty, "\(text)")
        #expect(Self.exported(text) == Sanitizer.sanitize(text, for: .export))
    }
}
