import Testing
@testable import TaskForceCore

/// The strict reader's fast paths (strings without escapes, few keys) must read and
/// refuse exactly what the general ones do.
struct StrictJSONTests {
    private func members(_ json: String) throws(StrictJSON.Failure) -> [(key: String, value: StrictJSON.Value)] {
        try StrictJSON.object(Array(json.utf8))
    }

    private func failure(_ json: String) -> StrictJSON.Failure? {
        do { _ = try members(json); return nil } catch { return error }
    }

    @Test func stringsWithAndWithoutEscapes() throws {
        let read = try members(#"{"a": "plain é 😀", "b": "x\"y\\z\/\n\t\r\b\f", "c": "\u00e9\ud83d\ude00 end", "d": "", "e": "run \" run"}"#)
        #expect(read.map(\.key) == ["a", "b", "c", "d", "e"])
        #expect(read.map(\.value) == [.string("plain é 😀"), .string("x\"y\\z/\n\t\r\u{8}\u{C}"), .string("é😀 end"),
                                      .string(""), .string("run \" run")])
    }

    @Test func brokenStringsAreRefusedWhereTheyBreak() {
        #expect(failure("{\"a\": \"x\ny\"}") == .init(message: "a control character inside a string must be escaped", line: 1))
        #expect(failure("{\"a\": \"x\\\"\ny\"}") == .init(message: "a control character inside a string must be escaped", line: 1))
        #expect(failure("{\n\"a\": \"xyz") == .init(message: "the file ends inside a string", line: 2))
        #expect(failure("{\n\"a\": \"x\\\"yz") == .init(message: "the file ends inside a string", line: 2))
        #expect(failure("{\"a\": \"x\\q\"}") == .init(message: "an invalid escape in a string", line: 1))
    }

    /// Past 16 keys the repeat is found with a Set: before and after, anywhere.
    @Test func aRepeatedKeyIsFoundAmongManyKeys() {
        for count in [2, 15, 16, 17, 40] {
            let keys = (0..<count).map { "\"k\($0)\": 1" }
            for repeated in [0, count / 2, count - 1] {
                let json = "{" + (keys + ["\"k\(repeated)\": 2"]).joined(separator: ", ") + "}"
                let f = failure(json)
                #expect(f?.message == "the field \"k\(repeated)\" appears twice", "\(count) keys")
                #expect(f?.isSyntax == false)
            }
            #expect(failure("{" + keys.joined(separator: ", ") + "}") == nil)
        }
    }

    /// Keys are Strings: a decomposed key is the same key as its composed form.
    @Test func canonicallyEquivalentKeysAreTheSameKey() {
        #expect(failure("{\"caf\u{E9}\": 1, \"cafe\u{301}\": 2}")?.message == "the field \"cafe\u{301}\" appears twice")
        let many = (0..<20).map { "\"k\($0)\": 1" }.joined(separator: ", ")
        #expect(failure("{\(many), \"caf\u{E9}\": 1, \"cafe\u{301}\": 2}")?.message == "the field \"cafe\u{301}\" appears twice")
    }
}
