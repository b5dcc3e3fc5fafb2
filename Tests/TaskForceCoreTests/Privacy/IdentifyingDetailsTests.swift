import Testing
@testable import TaskForceCore

struct IdentifyingDetailsTests {
    private func kinds(_ text: String) -> [String] {
        IdentifyingDetails.find(in: text).map { "\($0.kind.rawValue):\(text[$0.range])" }
    }

    @Test(arguments: [
        ("Écris-moi à sophie.martin@exemple.be demain", ["email:sophie.martin@exemple.be"]),
        ("mail: X_Y+tag@sub.mail-server.org.", ["email:X_Y+tag@sub.mail-server.org"]),
        ("Mon GSM 0470 12 34 56, appelle", ["phone:0470 12 34 56"]),
        ("0470/12.34.56", ["phone:0470/12.34.56"]),
        ("bel 0470123456 maar", ["phone:0470123456"]),
        ("+32 470 12 34 56", ["phone:+32 470 12 34 56"]),
        ("+32 (0)470 12 34 56", ["phone:+32 (0)470 12 34 56"]),
        ("0032 470 12 34 56", ["phone:0032 470 12 34 56"]),
        ("fixe 02 123 45 67", ["phone:02 123 45 67"]),
        ("Paris +33 6 12 34 56 78", ["phone:+33 6 12 34 56 78"]),
        ("București +40 721 234 567", ["phone:+40 721 234 567"]),
        ("IBAN BE68 5390 0754 7034 svp", ["iban:BE68 5390 0754 7034"]),
        ("be68539007547034", ["iban:be68539007547034"]),  // lower case: typed in a hurry, still an account
        ("BE68539007547034", ["iban:BE68539007547034"]),
        ("FR14 2004 1010 0505 0001 3M02 606", ["iban:FR14 2004 1010 0505 0001 3M02 606"]),
        ("NN 85.07.30-033.28 fin", ["nationalNumber:85.07.30-033.28"]),
        ("rijksregister 85073003328", ["nationalNumber:85073003328"]),
        ("né en 2001: 01.01.01-001.26", ["nationalNumber:01.01.01-001.26"]),
    ])
    func finds(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// Numbers a comment on a bill is full of, which must not be flagged.
    @Test(arguments: [
        "Art. 5bis, § 2, 1° de la loi du 3 mai 2024",
        "30 % des revenus, soit 150 euros par semaine",
        "entre 2026 et 2028, article 371/1",
        "BE68 5390 0754 7035",  // wrong IBAN check digits
        "85.07.30-033.29",      // wrong national number check
        "0470 12 34",            // too short for a phone
        "le 01.01.2027",
        "a@b",                   // no domain dot
    ])
    func leavesOrdinaryNumbersAlone(_ text: String) {
        #expect(kinds(text).isEmpty, "\(text)")
    }

    @Test func redactsWithTypedPlaceholdersAndCounts() {
        let (text, count) = IdentifyingDetails.redact("Appelle 0470 12 34 56 ou écris à a.b@c.be.") { "[\($0.rawValue) removed]" }
        #expect(text == "Appelle [phone removed] ou écris à [email removed].")
        #expect(count == 2)
    }
}
