import Foundation
import Testing
@testable import TaskForceCore

/// Issue 15, item 5: a test fails when a digest label is missing in any language or its
/// `{placeholders}` differ from English. The languages are read from the one list.
@Suite("Localization: the digest labels")
struct DigestLabelCompletenessTests {
    @Test(arguments: UILanguage.allCases)
    func everyLabelHasAnEntry(language: UILanguage) {
        let table = DigestLabel.table(language)
        for label in DigestLabel.allCases {
            let entry = table[label]
            #expect(entry != nil, "\(language.rawValue): no digest label .\(label.rawValue)")
            #expect(entry?.isEmpty == false, "\(language.rawValue): empty digest label .\(label.rawValue)")
            if let entry {
                #expect(entry.trimmingCharacters(in: .whitespacesAndNewlines) == entry, "\(language.rawValue) .\(label.rawValue)")
            }
        }
    }

    @Test(arguments: UILanguage.allCases)
    func placeholdersMatchEnglish(language: UILanguage) {
        for label in DigestLabel.allCases {
            let english = Placeholders.names(in: DigestLabel.table(.en)[label] ?? "")
            let translated = Placeholders.names(in: DigestLabel.table(language)[label] ?? "")
            #expect(translated == english, "\(language.rawValue) .\(label.rawValue): \(translated) ≠ \(english)")
        }
    }

    /// The placeholders that replace a detail in an export never look like a detail, in any language.
    @Test(arguments: UILanguage.allCases)
    func removedPlaceholdersAreBracketed(language: UILanguage) {
        for kind in IdentifyingDetails.Kind.allCases {
            let placeholder = DigestLabel.removed(kind).text(language)
            #expect(placeholder.hasPrefix("[") && placeholder.hasSuffix("]"), "\(language.rawValue): \(placeholder)")
            #expect(IdentifyingDetails.find(in: placeholder).isEmpty, "\(language.rawValue): \(placeholder)")
        }
    }
}
