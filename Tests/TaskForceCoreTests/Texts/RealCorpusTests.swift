import Foundation
import Testing
@testable import TaskForceCore

/// Every file of `../shared/texts` splits (or imports and splits) into exactly the
/// article numbers of its `truth/NAME.numbers`. New files added there are picked up
/// without changing this test: the layouts are what is solved, not the files.
struct RealCorpusTests {
    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func everyFileSplitsIntoItsTruthNumbers() throws {
        guard let directory = SharedTexts.directory else {
            Issue.record("../shared/texts not found next to the checkout (CI=true): the real corpus must be there")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "SOURCES.md" && $0 != "truth" }
        #expect(names.count >= 7, "the corpus has shrunk: \(names)")
        for name in names {
            let truthName = String(name.prefix { $0 != "." })
            let truth = SharedTexts.truth(truthName)
            let url = directory.appendingPathComponent(name)
            let language = name.split(separator: ".").dropFirst().first { $0.count == 2 }.map(String.init)
            do {
                let split = try TextFile.load(url, language: language).split
                #expect(split.articles.map(\.number) == truth, "\(name)")
                #expect(split.problems.isEmpty, "\(name): \(split.problems)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
    }

    /// The plain render and the Justel page of the same law give the same articles,
    /// with the same bodies (fingerprints), however the text reached us.
    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func justelPageAndItsPlainRenderAgree() throws {
        guard let page = SharedTexts.file("be-1994-02-02-protection-jeunesse.justel.fr.html"),
              let plain = SharedTexts.file("be-1994-02-02-protection-jeunesse.fr.txt") else { return }
        let a = try TextFile.load(page).split.articles
        let b = try TextFile.load(plain).split.articles
        #expect(a.map(\.number) == b.map(\.number))
        let same = zip(a, b).filter { $0.fingerprint == $1.fingerprint }.count
        #expect(same == a.count, "\(a.count - same) articles differ between the page and its render")
    }
}
