import Testing
@testable import TaskForceCore

/// The facilitator's records (issue 6): moderation is its own kind, and a transcribed
/// comment carries one allow-listed mark. Both read back exactly, and the reader refuses
/// every other shape.
struct ModerationRecordTests {
    static let comment = AnnotationCodecTests.comment
    static let original = Annotation(
        id: AnnotationCodecTests.other, text: "demo-travail-du-sexe", article: "5bis", fingerprint: "7ccfa99713f915ee",
        day: "2026-07-14", payload: .comment(.init(stance: .support, tags: [], body: "Oui.", language: "fr")))

    @Test func hideAndDuplicateRoundTrip() throws {
        let hide = Annotation.hiding(Self.comment, session: "BXL-2026-07", day: "2026-07-14")
        let duplicate = Annotation.marking(Self.comment, asDuplicateOf: Self.original, day: "2026-07-14")
        for a in [hide, duplicate] {
            #expect(AnnotationRules.problem(a) == nil)
            #expect(try AnnotationCodec.decode(AnnotationCodec.encode(a)) == a)
        }
        let text = String(decoding: AnnotationCodec.encode(duplicate), as: UTF8.self)
        #expect(text.contains("\"action\": \"duplicate\""))
        #expect(text.contains("\"original\": \"\(Self.original.id.value)\""))
        #expect(text.contains("\"kind\": \"moderation\""))
    }

    @Test func transcribedIsWrittenOnlyWhenTrue() throws {
        var said = Self.comment
        said.changeComment { $0.transcribed = true }
        let bytes = AnnotationCodec.encode(said)
        #expect(String(decoding: bytes, as: UTF8.self).contains("  \"transcribed\": true\n"))
        #expect(try AnnotationCodec.decode(bytes) == said)
        #expect(!String(decoding: AnnotationCodec.encode(Self.comment), as: UTF8.self).contains("transcribed"))
    }

    private func defect(_ json: String) -> String? {
        do { _ = try AnnotationCodec.decode(Array(json.utf8)); return nil } catch { return error.message }
    }

    @Test func refusesMisshapenModerations() {
        let hide = String(decoding: AnnotationCodec.encode(Annotation.hiding(Self.comment, day: "2026-07-14")), as: UTF8.self)
        let cases: [(String, String, String)] = [
            ("\"hide\"", "\"delete\"", "unknown moderation action \"delete\""),
            ("\"action\": \"hide\",", "", "the field \"action\" is missing"),
            ("\"action\": \"hide\"", "\"action\": \"duplicate\"", "a duplicate needs the original it repeats"),
            ("\"action\": \"hide\",", "\"action\": \"hide\", \"original\": \"\(Self.original.id.value)\",",
             "only a duplicate names an original"),
            ("\"action\": \"hide\",", "\"action\": \"hide\", \"body\": \"x\",", "the field \"body\" is not allowed in a moderation"),
            ("\"action\": \"hide\",", "\"action\": \"hide\", \"count\": 3,", "the field \"count\" is not allowed in a moderation"),
        ]
        for (find, replace, message) in cases {
            #expect(hide.contains(find))
            #expect(defect(hide.replacingOccurrences(of: find, with: replace)) == message, "\(replace)")
        }
        let valid = AnnotationCodecTests.valid
        #expect(defect(valid.replacingOccurrences(of: "\"stance\"", with: "\"transcribed\": false, \"stance\""))
                == "the field \"transcribed\" is either true or left out")
        #expect(defect(valid.replacingOccurrences(of: "\"stance\"", with: "\"transcribed\": \"yes\", \"stance\""))
                == "the field \"transcribed\" has the wrong type")
        #expect(defect(valid.replacingOccurrences(of: "\"stance\"", with: "\"transcribed\": tru, \"stance\""))?
                .hasPrefix("not valid JSON") == true)
    }

    /// An endorsement with a moderation's action cannot even be built (the payload of an
    /// endorsement has no action); a file that holds one is refused by the allow-list.
    @Test func anEndorsementCannotCarryAModeration() {
        let a = Annotation.endorsement(of: Self.comment, day: "2026-07-14")
        let text = String(decoding: AnnotationCodec.encode(a), as: UTF8.self)
        let withAction = text.replacingOccurrences(of: "  \"day\"", with: "  \"action\": \"hide\",\n  \"day\"")
        #expect(withAction != text)
        #expect(throws: AnnotationDefect("the field \"action\" is not allowed in a endorsement")) {
            try AnnotationCodec.decode(Array(withAction.utf8))
        }
    }

    @Test func livePositionRoundTripsAndRefusesOtherFields() throws {
        let p = LivePosition(session: "BXL-2026-07", text: "demo-travail-du-sexe", article: "5bis", talliesShown: false)
        let bytes = LivePositionCodec.encode(p)
        #expect(try LivePositionCodec.decode(bytes) == p)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"tallies\": \"hidden\""))
        for (find, replace) in [("\"hidden\"", "\"maybe\""), ("\"5bis\"", "\"../x\""), ("\"tallies\"", "\"who\"")] {
            #expect(throws: AnnotationDefect.self) { try LivePositionCodec.decode(Array(text.replacingOccurrences(of: find, with: replace).utf8)) }
        }
    }
}
