import TaskForceCore
import Testing
@testable import TaskForceUI

/// Reading aloud (issue 15, item 6): `s` starts and stops the voice, and the voice stops
/// whenever its article leaves the screen.
struct AloudUpdateTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var reads: Bool
        var stops: Bool
        var readingAfter: Bool
        var testDescription: String { keys }
    }

    static let rows: [Row] = [
        Row(keys: "s", reads: true, stops: false, readingAfter: true),
        Row(keys: "ss", reads: true, stops: true, readingAfter: false),
        Row(keys: "sk", reads: true, stops: true, readingAfter: false),       // another article
        Row(keys: "s<F5>", reads: true, stops: true, readingAfter: false),    // another language
        Row(keys: "sc", reads: true, stops: true, readingAfter: false),       // the notes
        Row(keys: "s<F10>", reads: true, stops: true, readingAfter: false),   // quitting
        Row(keys: "s<PgDn>", reads: true, stops: false, readingAfter: true),  // the same article
        Row(keys: "s<F12>", reads: true, stops: false, readingAfter: true),   // quick hide (a curtain)
    ]

    @Test(arguments: rows) func sStartsAndStops(_ row: Row) throws {
        let (m, effects) = try NotesUpdateTests.run(row.keys)
        let read = effects.compactMap { if case .readAloud(let text, let language) = $0 { (text, language) } else { nil } }
        #expect(read.count == (row.reads ? 1 : 0))
        if let (text, language) = read.first {
            #expect(language == "fr" && text.contains("Art. 5bis") && text.contains("Un bouton."), "\(text)")
        }
        #expect(effects.contains(.stopReadingAloud) == row.stops, "\(effects)")
        #expect(m.readingAloud == row.readingAfter)
    }

    @Test func whyTheVoiceCouldNotSpeakIsSaid() throws {
        var (m, _) = try NotesUpdateTests.run("s")
        #expect(m.status == .say(.aloudStarted))
        _ = ReviewUpdate.update(&m, .aloudEnded(.couldNotPlay))
        #expect(m.status == .say(.aloudCouldNotPlay) && !m.readingAloud)
        (m, _) = try NotesUpdateTests.run("s", on: m)
        _ = ReviewUpdate.update(&m, .aloudEnded(.noVoice))
        #expect(m.status == .say(.aloudNoVoice))
        // The end of a voice already stopped here changes nothing.
        (m, _) = try NotesUpdateTests.run("ss", on: m)
        _ = ReviewUpdate.update(&m, .aloudEnded(.stopped))
        #expect(m.status == .say(.aloudStopped))
    }
}
