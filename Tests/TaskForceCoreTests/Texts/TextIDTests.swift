import Foundation
import Testing
@testable import TaskForceCore

/// A text id is built only from what a text file name may start with.
struct TextIDTests {
    @Test(arguments: ["demo-travail-du-sexe", "a", "be-1994-02-02", "-", String(repeating: "x", count: 300)])
    func acceptsTextFileIDs(_ value: String) throws {
        #expect(try #require(TextID(value)).rawValue == value)
        #expect(TextFileName.isValidID(value))
    }

    @Test(arguments: ["", "Demo", "demo_bill", "démo", "demo.fr", "../etc", "demo bill", "demo\n", "demo/1"])
    func refusesAnythingElse(_ value: String) {
        #expect(TextID(value) == nil)
        #expect(!TextFileName.isValidID(value))
    }

    @Test func isABareJSONString() throws {
        let id = try #require(TextID("demo-travail-du-sexe"))
        let bytes = try JSONEncoder().encode([id])
        #expect(String(decoding: bytes, as: UTF8.self) == "[\"demo-travail-du-sexe\"]")
        #expect(try JSONDecoder().decode([TextID].self, from: bytes) == [id])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TextID].self, from: Data("[\"Demo\"]".utf8)) }
        #expect("\(id)" == "demo-travail-du-sexe")
    }

    @Test func sortsAsItsCharacters() throws {
        let ids = ["b", "a-2", "a", "a-10"].compactMap(TextID.init)
        #expect(ids.sorted().map(\.rawValue) == ["a", "a-10", "a-2", "b"])
    }
}
