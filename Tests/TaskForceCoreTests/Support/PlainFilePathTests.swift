import Foundation
import Testing
@testable import TaskForceCore

/// `parse` reads a plain path's name, path and extension off the string instead of asking
/// `URL(fileURLWithPath:)`: whenever `PlainFilePath` takes a path, the answers must be URL's.
struct PlainFilePathTests {
    /// Every string of up to five of these: dots, slashes, a tilde, a space and the
    /// characters URLs encode, in every order (37,449 paths).
    static let generated: [String] = {
        let alphabet = ["a", ".", "/", "~", " ", "%", ":", "#"]
        var all: [String] = [""]
        var last: [String] = [""]
        for _ in 1...5 {
            last = last.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += last
        }
        return all
    }()

    /// Every printable ASCII character at the places that matter: alone, in a name, in an
    /// extension, before a dot, in a folder's name.
    static let everyCharacter: [String] = (0x20...0x7E).flatMap { (value: Int) -> [String] in
        let c = String(UnicodeScalar(UInt8(value)))
        return [c, "a\(c)b.fr.txt", "x/\(c).xml", "\(c)\(c).\(c)", "d\(c)/f.t\(c)t", "/\(c)/a.\(c)", "loi\(c).html"]
    }

    static let written = [
        "big.fr.txt", "Texts/demo-travail-du-sexe.fr.txt", "/tmp/pb/big/big.fr.txt", "../shared/texts/eu.en.akn.xml",
        "Mes documents/loi du 2 mai.fr.txt", "LOI.FR.TXT", "page.HTML", "code.fr.htm", "a.b.c.d", ".hidden.xml",
        "..two.xml", "dot.", "no-extension", "ext with space.x ml", "/abs", "a/b?c#d;e.fr.txt", "100%.fr.txt",
        "%2F.fr.txt", "C:\\Users\\loi.fr.txt", "a\\b.xml", "x.fr.md", "~user/loi.fr.txt", "loi.fr.txt~",
    ]

    @Test func givesWhatURLGivesWheneverItTakesAPath() {
        var taken = 0
        for string in Self.generated + Self.everyCharacter + Self.written {
            guard let plain = PlainFilePath(string) else { continue }
            taken += 1
            let url = URL(fileURLWithPath: string)
            #expect(plain.path == url.relativePath, "\(string)")
            #expect(plain.lastComponent == url.lastPathComponent, "\(string)")
            #expect(plain.pathExtension == url.pathExtension, "\(string)")
        }
        #expect(taken > 10_000)
    }

    @Test(arguments: ["big.fr.txt", "Texts/demo-travail-du-sexe.fr.txt", "/tmp/pb/big/big.fr.txt",
                      "../shared/texts/eu.en.akn.xml", "./loi.fr.txt", "Mes documents/loi du 2 mai.fr.txt"])
    func takesTheUsualPaths(_ path: String) throws {
        let plain = try #require(PlainFilePath(path))
        #expect(plain.path == path)
    }

    /// What URL would change (or might: other scripts are left to it).
    @Test(arguments: ["", "~/loi.fr.txt", "~", "Texts/", "/", "a//b.fr.txt", "a/.", "a/..", ".", "..",
                      "délai.fr.txt", "tab\t.fr.txt"])
    func leavesTheRestToURL(_ path: String) {
        #expect(PlainFilePath(path) == nil)
    }
}
