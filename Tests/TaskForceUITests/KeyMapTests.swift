import TaskForceCore
import Testing
@testable import TaskForceUI

/// The key tables (Keys/): every action has keys that reach it, every binding is told in
/// the help in every language, and every key bar is made of bound keys and fits 80 columns.
struct KeyMapTests {
    struct Table<Action: Hashable & Sendable & CaseIterable>: Sendable, CustomTestStringConvertible {
        var name: String
        var map: KeyMap<Action>
        /// Actions this variant does not have (the facilitator is not followed, a participant has no dashboard).
        var without: Set<Action> = []
        var facilitator = false
        var kiosk = false
        var testDescription: String { name }
    }

    static let readers = [
        Table(name: "reader", map: ReaderKeys.participant, without: [.dashboard]),
        Table(name: "facilitator's reader", map: ReaderKeys.facilitator, without: [.follow], facilitator: true),
    ]

    /// Each key reaches the action of its own binding: no binding is hidden by an earlier one.
    static func checkReachable<A>(_ table: Table<A>) {
        for binding in table.map.bindings {
            #expect(!binding.keys.isEmpty, "\(table.name): \(binding.action) has no key")
            for key in binding.keys {
                #expect(table.map.action(for: key) == binding.action, "\(table.name): \(key) does not reach \(binding.action)")
            }
        }
        let bound = Set(table.map.bindings.map(\.action))
        for action in A.allCases where !table.without.contains(action) {
            #expect(bound.contains(action), "\(table.name): \(action) has no key")
        }
    }

    /// Every binding is told on the help page, in every language; every bar entry is bound
    /// and labelled, and the bar fits 80 columns.
    static func checkDocumented<A>(_ table: Table<A>) {
        for ui in UILanguage.allCases {
            let page = HelpView.lines(ui, width: 76, facilitator: table.facilitator, kiosk: table.kiosk).map(\.text).joined(separator: " ")
                .split(separator: " ").joined(separator: " ")
            for binding in table.map.bindings {
                guard let help = binding.help else {
                    Issue.record("\(table.name): \(binding.action) is not in the help")
                    continue
                }
                let told = text(help.text, ui).split(separator: " ").joined(separator: " ")
                #expect(!told.isEmpty && page.contains(told), "\(table.name), \(ui): \(binding.action) is not on the help page")
            }
            #expect(table.map.barBindings.count == table.map.bar.count, "\(table.name): a bar action is not bound")
            #expect(table.map.barBindings.allSatisfy { $0.bar != nil }, "\(table.name): a bar action has no label")
            var width = -1
            for (key, label) in table.map.keyBar { width += DisplayWidth.of(key + " " + text(label, ui)) + 2 }
            #expect(width <= 80, "\(table.name), \(ui): the bar is \(width) columns")
        }
    }

    @Test(arguments: readers) func readerKeysReachTheirActions(_ table: Table<ReaderAction>) { Self.checkReachable(table) }
    @Test(arguments: readers) func readerKeysAreInTheHelpAndTheBar(_ table: Table<ReaderAction>) { Self.checkDocumented(table) }

    /// A shared laptop's bar and help offer nothing it refuses (issue 15, item 3).
    @Test func kioskKeys() {
        let table = Table(name: "kiosk reader", map: ReaderKeys.kiosk, without: [.dashboard, .notes, .digestPreview, .quit], kiosk: true)
        Self.checkReachable(table)
        Self.checkDocumented(table)
        for ui in UILanguage.allCases {
            let page = HelpView.lines(ui, width: 76, kiosk: true).map(\.text).joined(separator: " ")
            #expect(!page.contains(text(.helpNotesKeys, ui).prefix(20)) && !page.contains(text(.helpKeyDigest, ui).prefix(20)))
            #expect(!page.contains(text(.helpKeyQuit, ui)))
        }
        #expect(!ReaderKeys.kiosk.keyBar.contains { $0.key == "F4" || $0.key == "F10" })
    }

    @Test func chooserKeys() {
        let table = Table(name: "chooser", map: ChooserKeys.map)
        Self.checkReachable(table)
        Self.checkDocumented(table)
    }

    @Test func notesKeys() {
        for table in [Table(name: "notes", map: NotesKeys.participant, without: [.hands, .leaveOut, .duplicate, .unfold]),
                      Table(name: "facilitator's notes", map: NotesKeys.facilitator, facilitator: true)] {
            Self.checkReachable(table)
            Self.checkDocumented(table)
        }
    }

    @Test func dashboardKeys() {
        let table = Table(name: "dashboard", map: DashboardKeys.map, facilitator: true)
        Self.checkReachable(table)
        Self.checkDocumented(table)
    }

    @Test func helpPageKeys() {
        for table in [Table(name: "help page", map: HelpPageKeys.map), Table(name: "kiosk's help page", map: HelpPageKeys.map, kiosk: true),
                      Table(name: "facilitator's help page", map: HelpPageKeys.map, facilitator: true)] {
            Self.checkReachable(table)
            Self.checkDocumented(table)
        }
    }

    @Test func previewKeys() {
        let table = Table(name: "digest preview", map: PreviewKeys.map)
        Self.checkReachable(table)
        Self.checkDocumented(table)
    }

    /// Where keys are text (the composer, the questions, the session form), the tables list
    /// the keys that stay keys; each is told in the help too.
    @Test func composerKeys() {
        let table = Table(name: "composer", map: ComposerKeys.map)
        Self.checkReachable(table)
        Self.checkDocumented(table)
    }

    @Test func promptKeys() {
        let table = Table(name: "search and go-to", map: PromptKeys.map)
        Self.checkReachable(table)
        Self.checkDocumented(table)
    }

    @Test func sessionFormKeys() {
        for (name, map) in [("new session form", SessionFormKeys.newSession), ("session form", SessionFormKeys.correction)] {
            let table = Table(name: name, map: map, facilitator: true)
            Self.checkReachable(table)
            Self.checkDocumented(table)
        }
    }

    /// Every function key has an alternative that is not one (issue 15, item 4): F1 to F10
    /// are also Esc then a digit (`EscapeDigits`, for every table at once); F11 and F12 need a
    /// key of their own in the same binding (a letter, or a Ctrl key where letters are text).
    @Test func everyFunctionKeyHasAnotherWay() {
        let tables: [(String, [[Key]])] = [
            ("reader", ReaderKeys.participant.bindings.map(\.keys)),
            ("facilitator's reader", ReaderKeys.facilitator.bindings.map(\.keys)),
            ("kiosk", ReaderKeys.kiosk.bindings.map(\.keys)),
            ("chooser", ChooserKeys.map.bindings.map(\.keys)),
            ("preview", PreviewKeys.map.bindings.map(\.keys)),
            ("notes", NotesKeys.participant.bindings.map(\.keys)),
            ("facilitator's notes", NotesKeys.facilitator.bindings.map(\.keys)),
            ("dashboard", DashboardKeys.map.bindings.map(\.keys)),
            ("composer", ComposerKeys.map.bindings.map(\.keys)),
            ("session form", SessionFormKeys.map.bindings.map(\.keys)),
        ]
        for (name, bindings) in tables {
            for keys in bindings {
                let beyondDigits = keys.filter { if case .function(let n) = $0 { n > 10 } else { false } }
                let others = keys.filter { if case .function = $0 { false } else { true } }
                #expect(beyondDigits.isEmpty || !others.isEmpty, "\(name): \(keys) has no key but a function key beyond F10")
            }
        }
    }

    @Test func facilitatorQuestionKeys() {
        let hands = Table(name: "show of hands", map: HandsKeys.map, facilitator: true)
        Self.checkReachable(hands)
        Self.checkDocumented(hands)
        let duplicate = Table(name: "original of a duplicate", map: DuplicateKeys.map, facilitator: true)
        Self.checkReachable(duplicate)
        Self.checkDocumented(duplicate)
    }

    /// The composer's bottom row offers its own keys, not the reader's F-keys that do
    /// nothing there (issue 15): on the position row the choice, in the text no arrows.
    @Test func theComposerDrawsItsTablesBar() throws {
        var m = try DemoBill.model(ui: .en)
        ReviewUpdate.update(&m, .key(.character("a")))
        func bottom() -> String { ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23] }
        func bar(_ field: Composer.Field) -> String {
            " " + ComposerKeys.keyBar(for: field).map { "\($0.key) \(text($0.label, .en))" }.joined(separator: "  ")
        }
        #expect(bottom() == bar(.stance))
        #expect(bottom().contains("← → 1-4 Choose") && !bottom().contains("F2"))
        ReviewUpdate.update(&m, .key(.tab))
        #expect(bottom() == bar(.themes) && bottom().contains("← → Space Tick"))
        ReviewUpdate.update(&m, .key(.tab))
        #expect(bottom() == bar(.comment) && !bottom().contains("←") && bottom().contains("F6"))
        // Every row's bar fits 80 columns in every language.
        for ui in UILanguage.allCases {
            for field in Composer.Field.allCases {
                let width = ComposerKeys.keyBar(for: field).reduce(-1) { $0 + DisplayWidth.of($1.key + " " + text($1.label, ui)) + 2 }
                #expect(width <= 79, "\(ui), \(field): \(width) columns")
            }
        }
    }

    /// The bar drawn is the table's: what the reader's bottom row shows is its key bar.
    @Test func theReaderDrawsItsTablesBar() throws {
        let m = try DemoBill.model(ui: .en)
        let bottom = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23]
        let expected = " " + ReaderKeys.participant.keyBar.map { "\($0.key) \(text($0.label, .en))" }.joined(separator: "  ")
        #expect(bottom == expected)
    }
}
