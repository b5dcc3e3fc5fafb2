import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// The reviewers' demand (ARCHITECTURE: The digest): a catalogue of identifying details, written the ways
/// people write them and the ways people write them to get past a filter, none of which
/// survives into an export; and the numbers a comment on a bill is full of, none of which
/// is taken for one.
///
/// Each row is the text as typed and the text as exported, with `[phone]`, `[email]`,
/// `[iban]`, `[nn]`, `[name]` and `[address]` for the placeholders. Two paths are checked: the export
/// (`Sanitizer.sanitize(_, for: .export)`, then `redact`), and `find` on the raw text as the
/// composer calls it before saving, which must find the same kinds in the same order.
struct IdentifyingDetailsCatalogueTests {
    static let tags: [IdentifyingDetails.Kind: String] = [.email: "email", .phone: "phone", .iban: "iban", .nationalNumber: "nn",
                                                           .name: "name", .address: "address"]

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

    static let phones = IdentifyingDetailsCatalogue.phones

    @Test(arguments: phones)
    func phone(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: E-mail addresses

    static let emails = IdentifyingDetailsCatalogue.emails

    @Test(arguments: emails)
    func email(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: Bank accounts

    static let ibans = IdentifyingDetailsCatalogue.ibans

    @Test(arguments: ibans)
    func iban(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: National register numbers

    static let nationalNumbers = IdentifyingDetailsCatalogue.nationalNumbers

    @Test(arguments: nationalNumbers)
    func nationalNumber(_ input: String, _ expected: String) { Self.check(input, expected) }

    // MARK: Disguised details, names and addresses (issue 13)

    static let disguisedNamesAndAddresses = IdentifyingDetailsCatalogue.disguised + IdentifyingDetailsCatalogue.names
        + IdentifyingDetailsCatalogue.addresses

    @Test(arguments: disguisedNamesAndAddresses)
    func disguisedDetailNameOrAddress(_ input: String, _ expected: String) { Self.check(input, expected) }

    @Test(arguments: IdentifyingDetailsCatalogue.ordinaryComments)
    func leavesOrdinaryCommentsAlone(_ text: String) {
        #expect(IdentifyingDetails.find(in: text).isEmpty, "\(text): \(IdentifyingDetails.find(in: text).map { text[$0.range] })")
    }

    // MARK: What must stay as written

    /// Numbers a comment on a bill is full of. Wrong checks are left alone on purpose: an
    /// IBAN or a national number that fails its check is one digit away from any ordinary
    /// reference, and redacting them would blank references people need to read.
    static let ordinary = IdentifyingDetailsCatalogue.ordinary

    /// Through the digest's own cleaning, in every language: each detail counted once, and
    /// nothing left in the export that could still be found.
    @Test func digestCleaningLeavesNothingToFind() {
        for (input, expected) in Self.phones + Self.emails + Self.ibans + Self.nationalNumbers
            + Self.disguisedNamesAndAddresses {
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
