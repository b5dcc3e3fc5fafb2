import Testing
@testable import TaskForceUI
import TaskForceCore

@Suite("Localization: the string catalogue")
struct LocalizationCatalogueTests {
    // The test the issue asks for: it fails when a string lacks a translation.
    @Test(arguments: UILanguage.allCases)
    func everyStringHasAnEntry(language: UILanguage) {
        let table = Catalogue.table(language)
        for string in UIString.allCases {
            let entry = table[string]
            #expect(entry != nil, "\(language.rawValue): no entry for .\(string.rawValue)")
            #expect(entry?.isEmpty == false, "\(language.rawValue): empty entry for .\(string.rawValue)")
        }
    }

    @Test(arguments: UILanguage.allCases)
    func textNeverFallsBack(language: UILanguage) {
        for string in UIString.allCases {
            #expect(text(string, language) == Catalogue.table(language)[string].map { format($0, Catalogue.generated) })
        }
    }

    /// Every language, read from the one list: a new language is checked without being named here.
    @Test(arguments: UILanguage.allCases)
    func placeholdersMatchEnglish(language: UILanguage) {
        for string in UIString.allCases {
            let english = Catalogue.placeholders(in: Catalogue.english[string] ?? "")
            let translated = Catalogue.placeholders(in: Catalogue.table(language)[string] ?? "")
            #expect(translated == english, "\(language.rawValue) .\(string.rawValue): \(translated) ≠ \(english)")
        }
    }

    /// The help line of `i` names every language in its own name, generated from the list.
    @Test(arguments: UILanguage.allCases)
    func languageKeyNamesEveryLanguage(language: UILanguage) {
        let line = text(.helpKeyInterfaceLanguage, language)
        for other in UILanguage.allCases { #expect(line.contains(other.name), "\(language.rawValue): \(line)") }
        #expect(!line.contains("{"), "\(line)")
    }

    /// The message after `i` is in the language it announces, and each one is different.
    @Test func eachLanguageAnnouncesItself() {
        let announcements = Set(UILanguage.allCases.map { text(.interfaceLanguageNow, $0) })
        #expect(announcements.count == UILanguage.allCases.count)
    }

    @Test func placeholdersAreTheDocumentedOnes() {
        #expect(Catalogue.placeholders(in: text(.terminalTooSmall, .en)) == ["columns", "rows"])
        #expect(Catalogue.placeholders(in: text(.screenComposer, .en)) == ["article"])
        #expect(Catalogue.placeholders(in: text(.searchMatches, .en)) == ["count"])
        #expect(Catalogue.placeholders(in: text(.saved, .en)).isEmpty)
    }

    @Test(arguments: UILanguage.allCases)
    func entriesAreOneTrimmedLine(language: UILanguage) {
        for (string, entry) in Catalogue.table(language) {
            #expect(entry.trimmingWhitespace == entry, "\(language.rawValue) .\(string.rawValue) has space at an end")
            #expect(!entry.contains("\n") && !entry.contains("\t"), "\(language.rawValue) .\(string.rawValue)")
        }
    }

    @Test(arguments: UILanguage.allCases)
    func keyLabelsAreShort(language: UILanguage) {
        for label in UIString.keyLabels {
            // Latin text: one character is one column.
            #expect(text(label, language).count <= 14, "\(language.rawValue) .\(label.rawValue)")
        }
    }

    @Test(arguments: UILanguage.allCases)
    func readerKeyBarFits80Columns(language: UILanguage) {
        #expect(Self.readerBar(language).count <= 80, "\(Self.readerBar(language))")
        #expect(Self.bar(NotesKeys.participant.keyBar, language).count <= 80, "\(Self.bar(NotesKeys.participant.keyBar, language))")
    }

    @Test func frenchKeyBarIsTheSketchs() {
        #expect(Self.readerBar(.fr) == " F1 Aide  F2 Écrire  F3 Chercher  F4 Avis  F5 Langue  F10 Quitter  F12 Masquer")
    }

    @Test(arguments: UILanguage.allCases)
    func composerHintsFitInsideItsBorder(language: UILanguage) {
        let hints = [UIString.composerHintNextField, .composerHintPropose, .composerHintSave, .composerHintCancel]
        let line = hints.map { text($0, language) }.joined(separator: " · ")
        // 80 columns less two borders and two spaces of padding.
        #expect(line.count <= 76, "\(line)")
    }

    @Test(arguments: UILanguage.allCases)
    func notUTF8MessageIsASCII(language: UILanguage) {
        // Shown on a terminal that would garble anything else.
        let message = text(.terminalNotUTF8, language)
        #expect(message.unicodeScalars.allSatisfy { $0.isASCII }, "\(message)")
        #expect(text(.terminalNotUTF8, language).contains("UTF-8"))
    }

    @Test(arguments: UILanguage.allCases)
    func quickHidePageGivesNothingAway(language: UILanguage) {
        let page = (text(.hideTitle, language) + " " + text(.hideBody, language)).lowercased()
        for word in ["taskforce", "art.", "annot", "comment", "reactie", "sex", "union"] {
            #expect(!page.contains(word), "\(language.rawValue): \(word)")
        }
    }

    /// Issue 15: plain words rather than the middle dot (inquiet·e, présent·es), which weak
    /// readers and speech synthesis stumble on; one word for a comment ("avis").
    @Test func frenchUsesPlainWords() {
        #expect(text(.stanceConcern, .fr) == "inquiétude")
        #expect(text(.screenComposer, .fr, ["article": "5bis"]) == "Votre avis sur l'art. 5bis · anonyme")
        for string in UIString.allCases {
            let french = text(string, .fr)
            #expect(!french.contains("·e"), "\(string): \(french)")
            #expect(!french.lowercased().contains("commentaire"), "\(string): \(french)")
            #expect(!french.contains("Échap") && !french.contains("Entrée"), "\(string): \(french)")
        }
    }

    // MARK: format

    @Test func formatFillsNamedValues() {
        #expect(text(.terminalTooSmall, .en, ["columns": "72", "rows": "20"])
            == "The window is too small: it needs at least 40×12, now 72×20.")
        #expect(format("{a}{b}{a}", ["a": "1", "b": "2"]) == "121")
    }

    @Test func formatDoesNotReadValuesAgain() {
        // A folder or label from outside may contain braces: it comes out as it is.
        #expect(format("in {folder}.", ["folder": "{count}/x", "count": "7"]) == "in {count}/x.")
    }

    @Test func formatLeavesWhatIsNotAPlaceholder() {
        #expect(format("{missing} and {count}", ["count": "3"]) == "{missing} and 3")
        #expect(format("{ } {} {a b} {", ["a": "x"]) == "{ } {} {a b} {")
        #expect(format("{{count}}", ["count": "3"]) == "{3}")
        #expect(format("", [:]) == "")
    }

    static func readerBar(_ language: UILanguage) -> String { bar(ReaderKeys.participant.keyBar, language) }

    static func bar(_ keys: [(key: String, label: UIString)], _ language: UILanguage) -> String {
        " " + keys.map { "\($0.key) \(text($0.label, language))" }.joined(separator: "  ")
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
