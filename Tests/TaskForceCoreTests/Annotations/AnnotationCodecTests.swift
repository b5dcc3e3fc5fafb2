import Testing
@testable import TaskForceCore

struct AnnotationCodecTests {
    static let id = AnnotationID("0123456789abcdef0123456789abcdef")!
    static let other = AnnotationID("fedcba9876543210fedcba9876543210")!
    static let third = AnnotationID("00112233445566778899aabbccddeeff")!

    static let comment = Annotation(
        id: id, text: "demo-travail-du-sexe", article: "5bis", fingerprint: "7ccfa99713f915ee",
        day: "2026-07-14", session: "BXL-2026-07",
        payload: .comment(.init(stance: .concern, tags: [.safety, .housing],
                                body: "Le bouton doit \"aussi\" marcher\nà domicile.", language: "fr")))

    /// The exact bytes: sorted keys, one per line, two-space indent, final newline.
    @Test func writesTheCanonicalForm() {
        let expected = """
            {
              "article": "5bis",
              "body": "Le bouton doit \\"aussi\\" marcher\\nà domicile.",
              "day": "2026-07-14",
              "fingerprint": "7ccfa99713f915ee",
              "format": "taskforce.annotation.v1",
              "id": "0123456789abcdef0123456789abcdef",
              "kind": "comment",
              "language": "fr",
              "session": "BXL-2026-07",
              "stance": "concern",
              "tags": [
                "safety",
                "housing"
              ],
              "text": "demo-travail-du-sexe"
            }

            """
        #expect(String(decoding: AnnotationCodec.encode(Self.comment), as: UTF8.self) == expected)
    }

    @Test func roundTripsEveryKind() throws {
        let endorsement = Annotation(id: Self.other, text: "t", article: "1", fingerprint: "0000000000000000",
                                     day: "2026-01-01", payload: .endorsement(target: Self.id, count: 7))
        let withdrawal = Annotation(id: Self.other, text: "t", article: "1", fingerprint: "0000000000000000",
                                    day: "2026-01-01", payload: .withdrawal(target: Self.id))
        let hidden = Annotation(id: Self.other, text: "t", article: "1", fingerprint: "0000000000000000",
                                day: "2026-01-01", session: "BXL-1", payload: .moderation(target: Self.id, .hide))
        let repeated = Annotation(id: Self.other, text: "t", article: "1", fingerprint: "0000000000000000",
                                  day: "2026-01-01", payload: .moderation(target: Self.id, .duplicate(of: Self.third)))
        var withProposal = Self.comment
        withProposal.changeComment {
            $0.proposal = "§ 1er. Chaque chambre\tet chaque domicile…"
            $0.supersedes = Self.other
            $0.tags = []
        }
        for a in [Self.comment, endorsement, withdrawal, hidden, repeated, withProposal] {
            #expect(try AnnotationCodec.decode(AnnotationCodec.encode(a)) == a)
        }
    }

    @Test func controlCharactersAreEscapedAndReadBack() throws {
        var a = Self.comment
        a.changeComment { $0.body = "bell\u{7} esc\u{1B}[31m del\u{7F} bidi\u{202E}" }
        let bytes = AnnotationCodec.encode(a)
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07))
        #expect(try AnnotationCodec.decode(bytes).body == a.body)
    }

    private func defect(_ json: String) -> String? {
        do { _ = try AnnotationCodec.decode(Array(json.utf8)); return nil } catch { return error.message }
    }

    static let valid = String(decoding: AnnotationCodec.encode(comment), as: UTF8.self)

    @Test(arguments: [
        ("\"body\": \"Le", "\"body\": \"x\", \"body\": \"Le", "the field \"body\" appears twice"),
        ("\"kind\": \"comment\",", "\"kind\": \"comment\", \"name\": \"Alice\",", "the field \"name\" is not allowed in a comment"),
        ("taskforce.annotation.v1", "taskforce.annotation.v2", "the format is not taskforce.annotation.v1 (found \"taskforce.annotation.v2\")"),
        ("\"stance\": \"concern\",", "", "the field \"stance\" is missing"),
        ("\"concern\"", "\"angry\"", "unknown stance \"angry\""),
        ("\"housing\"", "\"nightlife\"", "unknown theme \"nightlife\""),
        ("0123456789abcdef0123456789abcdef", "../../../../etc/passwd", "\"id\" is not 32 lowercase hex characters"),
        ("0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF", "\"id\" is not 32 lowercase hex characters"),
        ("2026-07-14", "2026-02-30", "\"day\" is not a date written YYYY-MM-DD"),
        ("2026-07-14", "2026-07-14T21:13", "\"day\" is not a date written YYYY-MM-DD"),
        ("\"fr\"", "\"français\"", "\"language\" is not a language code such as fr"),
        ("\"session\": \"BXL-2026-07\"", "\"session\": 7", "the field \"session\" has the wrong type"),
        ("\"tags\": [", "\"tags\": [\"safety\", ", "a theme is listed twice"),
    ])
    func refusesWhatTheAllowListDoesNot(_ find: String, _ replace: String, _ message: String) {
        #expect(Self.valid.contains(find))
        #expect(defect(Self.valid.replacingOccurrences(of: find, with: replace)) == message)
    }

    @Test func refusesDecomposedText() {
        let decomposed = Self.valid.replacingOccurrences(of: "à domicile", with: "a\u{300} domicile")
        #expect(defect(decomposed) == "the field \"body\" is not in Unicode NFC")
    }

    @Test(arguments: ["", "{", "[]", "{\"format\": \"taskforce.annotation.v1\"", "{} x", "{\"a\": {\"b\": 1}}",
                      "{\"a\": null}", "{\"a\": 1.5}", "{\"a\": \"\\ud800\"}", "{\"a\": \"x\ny\"}"])
    func refusesBrokenJSON(_ json: String) {
        #expect(defect(json)?.hasPrefix("not valid JSON") == true, "\(json)")
    }

    @Test func namesTheLineOfBrokenJSON() {
        let truncated = String(Self.valid.prefix(120))
        do { _ = try AnnotationCodec.decode(Array(truncated.utf8)); Issue.record("accepted") } catch {
            #expect(error.line == 5)
        }
    }

    @Test func refusesInvalidUTF8() {
        var bytes = Array(Self.valid.utf8)
        bytes.insert(0xFF, at: 30)
        #expect((try? AnnotationCodec.decode(bytes)) == nil)
    }

    /// A key is kept as its 32 bytes: it must be written exactly as 64 lowercase hex
    /// characters, and is written back the same.
    @Test func keysAreReadAsTheirBytesAndWrittenBackAlike() throws {
        let hex = "00ff" + String(repeating: "0123456789abcdef", count: 3) + "89abcdef0123"
        #expect(hex.count == 64)
        var keyed = Self.comment
        keyed.recordKey = try #require(RecordKey(hex: hex))
        let text = String(decoding: AnnotationCodec.encode(keyed), as: UTF8.self)
        #expect(text.contains("  \"key\": \"\(hex)\",\n"))
        #expect(try AnnotationCodec.decode(Array(text.utf8)) == keyed)
        for bad in [hex.uppercased(), String(hex.dropLast()), String(hex.dropLast()) + "g"] {
            #expect(RecordKey(hex: bad) == nil)
            #expect(defect(text.replacingOccurrences(of: hex, with: bad)) == "\"key\" is not 64 lowercase hex characters")
        }
        // The checks before the key's still come first: a bad day is named before a bad key.
        let both = text.replacingOccurrences(of: hex, with: hex.uppercased()).replacingOccurrences(of: "2026-07-14", with: "2026-02-30")
        #expect(defect(both) == "\"day\" is not a date written YYYY-MM-DD")
    }

    /// The text id, article and day are checked as they are built; a file with several of
    /// those faults is still named for the first in the order the rules always had.
    @Test func namesTheFirstFaultOfTextArticleFingerprintAndDay() {
        let fingerprint = String(Self.valid.split(separator: "\"fingerprint\": \"")[1].prefix(16))
        func with(_ pairs: [(String, String)]) -> String {
            pairs.reduce(Self.valid) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        let text = ("\"text\": \"", "\"text\": \"X"), article = ("\"article\": \"", "\"article\": \"Art ")
        let print = (fingerprint, "not-hex-at-all!!"), day = ("2026-07-14", "2026-02-30")
        #expect(defect(with([text, article, print, day])) == "\"text\" is not a text id")
        #expect(defect(with([article, print, day])) == "\"article\" is not an article number")
        #expect(defect(with([print, day])) == "\"fingerprint\" is not 16 lowercase hex characters")
        #expect(defect(with([day])) == "\"day\" is not a date written YYYY-MM-DD")
        let long = String(repeating: "a", count: AnnotationRules.maximumTextIDLength + 1)
        #expect(defect(with([("\"text\": \"", "\"text\": \"" + long), article])) == "\"text\" is not a text id")
    }

    @Test func endorsementsCarryNoComment() {
        let bad = """
            {"article": "1", "body": "moi aussi", "day": "2026-01-01", "fingerprint": "0000000000000000",
             "format": "taskforce.annotation.v1", "id": "fedcba9876543210fedcba9876543210", "kind": "endorsement",
             "target": "0123456789abcdef0123456789abcdef", "text": "t"}
            """
        #expect(defect(bad) == "the field \"body\" is not allowed in a endorsement")
    }

    /// Of several unknown or missing fields, the first in sorted order is named, wherever
    /// it sits in the file.
    @Test func namesTheFirstUnknownAndTheFirstMissingField() {
        let unknown = Self.valid.replacingOccurrences(of: "\"kind\": \"comment\",",
                                                      with: "\"zeta\": 1, \"kind\": \"comment\", \"alpha\": \"x\", \"mid\": [],")
        #expect(defect(unknown) == "the field \"alpha\" is not allowed in a comment")
        let missing = Self.valid.replacingOccurrences(of: "\"stance\": \"concern\",", with: "")
            .replacingOccurrences(of: "\"day\": \"2026-07-14\",", with: "")
        #expect(defect(missing) == "the field \"day\" is missing")
    }

    /// The fields are the allow-list's, in sorted order, each case named as its field.
    @Test func fieldsAreTheAllowListInSortedOrder() {
        let names = AnnotationCodec.Field.names
        #expect(names == names.sorted())
        #expect(Set(names) == Set(AnnotationCodec.required.values.joined()).union(AnnotationCodec.optional.values.joined()))
        #expect(AnnotationCodec.Field.allCases.map { String(describing: $0) } == names)
        for field in AnnotationCodec.Field.allCases {
            #expect(AnnotationCodec.Field(key: field.name) == field)
        }
        // Keys are compared as Strings: only what equals a name is that field.
        #expect(AnnotationCodec.Field(key: "Body") == nil)
        #expect(AnnotationCodec.Field(key: "body ") == nil)
        #expect(AnnotationCodec.Field(key: "bodé") == nil)
        #expect(AnnotationCodec.Field(key: "") == nil)
    }

    /// The shortcut for strings with no byte from 0xCC answers as `NFC.isNormalised` does.
    @Test(arguments: ["", "ascii", "é composed", "e\u{301} decomposed", "a\u{300}", "\u{212B}", "Å", "\u{1E9B}\u{323}",
                      "한국어", "\u{1100}\u{1161}", "😀", "\u{2126}", "ǅ", "\u{F900}", "ü\u{308}"])
    func nfcShortcutAgreesWithNFC(_ s: String) {
        #expect(AnnotationCodec.isNFC(s) == NFC.isNormalised(s))
    }
}
